/**
 * An error that carries a catalog code and its parameters: its `message` holds both languages
 * (`en / ja`), `messageIn` one of them, for a face that knows the user's language.
 */
import type { MessageCode } from "./catalog";
import { message } from "./message";
import type { Lang, MessageParams } from "./types";

export class CodedError<Code extends MessageCode = MessageCode> extends Error {
  constructor(
    readonly code: Code,
    readonly params: MessageParams = {},
  ) {
    super(`${message(code, "en", params)} / ${message(code, "ja", params)}`);
  }

  /** The message in one language, for a face that knows the user's language. */
  messageIn(lang: Lang): string {
    return message(this.code, lang, this.params);
  }
}
