/** The error a template parameter the generator cannot use raises, with a stable code and ja/en messages. */
import { CodedError } from "../i18n/codedError";

export class TemplateError extends CodedError {
  override readonly name = "TemplateError";
}
