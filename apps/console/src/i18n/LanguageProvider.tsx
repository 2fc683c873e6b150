import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { browserLanguage, type ConsoleLanguage, directionOf, isConsoleLanguage, loadMessages } from './console-languages';
import { setShownLanguage } from './shown-language';

interface LanguageChoice {
  /** The language the console shows now. */
  language: ConsoleLanguage;
  /** Show the console in `code` (a staff member's saved choice), or in the browser's language when null. */
  follow(code: string | null | undefined): void;
}

const LanguageContext = createContext<LanguageChoice>({ language: 'en', follow: () => undefined });

export function useConsoleLanguage(): LanguageChoice {
  return useContext(LanguageContext);
}

/**
 * The console's language: the browser's until a signed-in staff member's own choice is known,
 * then theirs. Messages load before the switch, so a screen never shows ids or half a language;
 * `<html lang dir>` follow, so screen readers pronounce it and Arabic reads right to left, and
 * the API's requests ask for it, so its error messages come in the same language.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<{ language: ConsoleLanguage; messages: Record<string, string> } | null>(null);
  const [wanted, setWanted] = useState<ConsoleLanguage>(() => browserLanguage());

  useEffect(() => {
    let current = true;
    void loadMessages(wanted).then((messages) => {
      if (!current) return;
      setShownLanguage(wanted);
      setShown({ language: wanted, messages });
    });
    return () => {
      current = false;
    };
  }, [wanted]);

  useEffect(() => {
    if (!shown) return;
    document.documentElement.lang = shown.language;
    document.documentElement.dir = directionOf(shown.language);
  }, [shown]);

  const follow = useCallback((code: string | null | undefined) => setWanted(isConsoleLanguage(code) ? code : browserLanguage()), []);
  const choice = useMemo(() => ({ language: shown?.language ?? wanted, follow }), [shown, wanted, follow]);

  if (!shown) return null;
  return (
    <LanguageContext.Provider value={choice}>
      <IntlProvider locale={shown.language} defaultLocale="en" messages={shown.messages}>
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}
