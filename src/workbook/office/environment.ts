/**
 * The real Office host: `Excel.run`, document settings and the requirement-set check. Only this file
 * touches the Office globals, so the adapter itself runs unchanged over the fake object model.
 */
import type { ExcelRunner, RequirementCheck, SettingsStore, XContext } from "./excelApi";
import type { FunctionNaming } from "./functionNames";

/** Compile-time proof that the real request context fits the interfaces the adapter is written against. */
function asXContext(context: Excel.RequestContext): XContext {
  return context;
}

export const officeRunner: ExcelRunner = (batch) => Excel.run((context) => batch(asXContext(context)));

export function officeSettings(): SettingsStore {
  const settings = Office.context.document.settings;
  return {
    get: (name) => settings.get(name),
    set: (name, value) => settings.set(name, value),
    remove: (name) => settings.remove(name),
    save: () =>
      new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new Error(result.error.message)),
        ),
      ),
  };
}

export const officeRequirements: RequirementCheck = (setName, minVersion) =>
  Office.context.requirements.isSetSupported(setName, minVersion);

/** The host's display language; the localised names come from whoever builds the adapter (the task pane). */
export function officeFunctionNaming(): FunctionNaming {
  return { displayLanguage: Office.context.displayLanguage, localizedNames: {} };
}
