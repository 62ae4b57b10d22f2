/** The user's language and the one way views get their strings: `t(key, params)` from the ui catalog. */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { type UiMessageKey, message, type Lang, type MessageParams } from "../../core/i18n";

export type { Lang };
export type Translate = (key: UiMessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => message(key, lang, params);
}

/** "en-US", "en-GB" → English; every other Office display language → Japanese (the default). */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en\b/i.test(locale) ? "en" : "ja";
}

const LangContext = createContext<Lang>("ja");

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useT(): { lang: Lang; t: Translate } {
  const lang = useContext(LangContext);
  return useMemo(() => ({ lang, t: translator(lang) }), [lang]);
}
