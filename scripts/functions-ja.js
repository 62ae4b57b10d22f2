/*
 * custom-functions-metadata-plugin cannot localize, so the Japanese metadata (functions-ja.json) is derived from
 * the generated English metadata plus one translation table (src/core/i18n/functions-ja.json).
 * Every function and parameter must have a translation; a missing one is an error, never a silent fallback.
 */

function localizeMetadata(english, table) {
  const problems = [];
  const functions = english.functions.map((fn) => {
    const ja = table.functions[fn.id];
    if (!ja) {
      problems.push(`no Japanese entry for function ${fn.id}`);
      return fn;
    }
    if (!ja.name || !ja.description) problems.push(`function ${fn.id} needs a Japanese name and description`);
    const parameters = (fn.parameters || []).map((p) => {
      const description = ja.parameters && ja.parameters[p.name];
      if (!description) problems.push(`no Japanese description for ${fn.id}(${p.name})`);
      return { ...p, description: description || p.description };
    });
    const result = ja.result && fn.result ? { ...fn.result } : fn.result;
    return { ...fn, name: ja.name, description: ja.description, parameters, ...(result ? { result } : {}) };
  });
  for (const id of Object.keys(table.functions)) {
    if (!english.functions.some((fn) => fn.id === id))
      problems.push(`translation for unknown function ${id}`);
  }
  return { metadata: { ...english, functions }, problems };
}

module.exports = { localizeMetadata };
