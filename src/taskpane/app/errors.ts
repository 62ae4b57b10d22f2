/** The text to show for anything thrown by Office, the port or the engine. */
import { isWorkbookError } from "../../workbook/errors";
import type { Lang } from "./i18n";

export function errorText(error: unknown, lang: Lang): string {
  if (isWorkbookError(error)) return error.messageIn(lang);
  if (error instanceof Error) {
    // OfficeExtension.Error carries a code next to the message ("InvalidArgument", "ItemNotFound").
    const code = (error as Error & { code?: unknown }).code;
    return typeof code === "string" && code !== "" && !error.message.includes(code)
      ? `${error.message} (${code})`
      : error.message;
  }
  return String(error);
}
