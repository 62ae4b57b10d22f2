import { MESSAGES, type MessageCode } from "./catalog";
import { fillMessage } from "./fill";
import type { Lang, MessageParams } from "./types";

/** Whether a text (e.g. a code built at run time) is a message code. */
export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(MESSAGES, code);
}

/**
 * The message for a stable code in `lang`, with `{name}` parameters filled in. A missing parameter stays
 * as `{name}`, and a code unknown at run time gives the code itself: a message never throws.
 */
export function message(code: MessageCode, lang: Lang, params: MessageParams = {}): string {
  if (!isMessageCode(code)) return code;
  return fillMessage(MESSAGES[code], lang, params);
}
