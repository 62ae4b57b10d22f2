/** The error a template parameter the generator cannot use raises, with a stable code and ja/en messages. */
import { message, type MessageCode } from "../i18n";
import type { Lang, MessageParams } from "../i18n/types";

export class TemplateError extends Error {
  override readonly name = "TemplateError";

  constructor(
    readonly code: MessageCode,
    readonly params: MessageParams = {},
  ) {
    super(`${message(code, "en", params)} / ${message(code, "ja", params)}`);
  }

  /** The message in one language, for a face that knows the user's language. */
  messageIn(lang: Lang): string {
    return message(this.code, lang, this.params);
  }
}
