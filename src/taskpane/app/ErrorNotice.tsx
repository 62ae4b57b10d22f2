/** An error from Office, the port or the engine, in the user's language, with a way to dismiss it. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { errorText } from "./errors";
import { useT } from "./i18n";

export function ErrorNotice({ error, onDismiss }: { error: unknown; onDismiss: () => void }) {
  const { t, lang } = useT();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("ui.app.error")}</MessageBarTitle>
        {t("ui.app.errorDetail", { message: errorText(error, lang) })}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDismiss}>{t("ui.app.dismiss")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
