import { Validator } from '@seriousme/openapi-schema-validator';
import { escapePointer, isObject, type Json, valueAt } from './json';
import { referencePageProblems, schemaRuleProblems } from './openapi-schema-problems';

/** One thing wrong with an OpenAPI document, located by JSON pointer. */
export interface DocumentProblem {
  pointer: string;
  message: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every problem in one OpenAPI 3.1 document, from every check below. */
export async function findDocumentProblems(document: Json): Promise<DocumentProblem[]> {
  return [
    ...(await officialSchemaProblems(document)),
    ...(await referencePageProblems(document)),
    ...schemaRuleProblems(document),
    ...unresolvedRefProblems(document),
    ...operationProblems(document),
  ];
}

export function formatProblems(problems: DocumentProblem[]): string {
  return problems.map((problem) => `${problem.pointer}: ${problem.message}`).join('\n');
}

/** The OpenAPI Initiative's own JSON Schema for 3.1 documents. */
async function officialSchemaProblems(document: Json): Promise<DocumentProblem[]> {
  const result = await new Validator().validate(structuredClone(document));
  if (result.valid) return [];
  if (typeof result.errors === 'string') return [{ pointer: '', message: result.errors }];
  return (result.errors ?? []).map((error) => ({ pointer: error.instancePath, message: `${error.message ?? error.keyword} (${error.schemaPath})` }));
}

function unresolvedRefProblems(document: Json): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) node.forEach((child, index) => visit(child, `${pointer}/${index}`));
    if (!isObject(node)) return;
    const ref = node.$ref;
    if (typeof ref === 'string') {
      if (!ref.startsWith('#')) problems.push({ pointer, message: `$ref leaves the document: ${ref}` });
      else if (valueAt(document, decodeURIComponent(ref.slice(1))) === undefined) problems.push({ pointer, message: `$ref does not resolve: ${ref}` });
    }
    for (const [key, child] of Object.entries(node)) visit(child, `${pointer}/${escapePointer(key)}`);
  };
  visit(document, '');
  return problems;
}

/** Each operation has an operationId of its own and says what a success answers. */
function operationProblems(document: Json): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries((document.paths as Json | undefined) ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Json)[method];
      if (!isObject(operation)) continue;
      const pointer = `/paths/${escapePointer(path)}/${method}`;
      const id = operation.operationId;
      if (typeof id !== 'string' || id === '') problems.push({ pointer, message: 'operation has no operationId' });
      else if (seen.has(id)) problems.push({ pointer, message: `operationId ${id} is also used by ${seen.get(id)}` });
      else seen.set(id, pointer);
      problems.push(...successResponseProblems(operation, pointer));
    }
  }
  return problems;
}

function successResponseProblems(operation: Json, pointer: string): DocumentProblem[] {
  const responses = (operation.responses as Json | undefined) ?? {};
  const successes = Object.entries(responses).filter(([status]) => /^2/.test(status));
  if (successes.length === 0) return [{ pointer: `${pointer}/responses`, message: 'no success response' }];
  const problems: DocumentProblem[] = [];
  for (const [status, response] of successes) {
    const responsePointer = `${pointer}/responses/${status}`;
    const content = (response as Json).content as Record<string, Json> | undefined;
    if (status === '204') {
      if (content) problems.push({ pointer: responsePointer, message: '204 response documents a body' });
      continue;
    }
    if (!content || Object.keys(content).length === 0) {
      problems.push({ pointer: responsePointer, message: 'success response documents no content' });
      continue;
    }
    for (const [mediaType, media] of Object.entries(content)) {
      const schema = media.schema;
      const mediaPointer = `${responsePointer}/content/${escapePointer(mediaType)}`;
      if (!isObject(schema) || Object.keys(schema).length === 0) problems.push({ pointer: mediaPointer, message: 'response has no schema' });
    }
  }
  return problems;
}
