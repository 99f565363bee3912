// Data files (saved queries, rules) are JSON checked against a JSON Schema in
// schemas/. ajv is used rather than hand-written checks so that the schema is
// the single, readable statement of what a file may hold, and errors carry a
// JSON pointer to the offending value.

import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from './errors.ts';
import { ROOT } from './paths.ts';
import { readText } from './read-text.ts';

export const SCHEMAS_DIR = resolve(ROOT, 'schemas');

const ajv = new Ajv({ allErrors: false, strict: true });
const compiled = new Map<string, ValidateFunction>();

function validator(schemaName: string): ValidateFunction {
  let v = compiled.get(schemaName);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(resolve(SCHEMAS_DIR, schemaName), 'utf8')));
    compiled.set(schemaName, v);
  }
  return v;
}

/** Reads a JSON file and checks it; errors name the file and the JSON pointer at fault. */
export function loadJson<T>(file: string, schemaName: string): T {
  const text = readText(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const validate = validator(schemaName);
  if (!validate(data)) {
    const err = validate.errors![0];
    // Name what is at fault: the unknown key, or the value a field may take.
    const what = err.params && 'additionalProperty' in err.params ? `: "${err.params.additionalProperty}"` : err.params && 'allowedValues' in err.params ? ` (${(err.params.allowedValues as unknown[]).join(', ')})` : '';
    throw new UserError(`${file}: ${err.instancePath || '/'} ${err.message}${what} (schema ${schemaName})`);
  }
  return data as T;
}
