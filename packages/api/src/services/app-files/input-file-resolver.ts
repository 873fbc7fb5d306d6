import { type FileResolver } from '@tessera/app-engine';
import { type ModelFeature } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { describeFileInput, validationFailed } from './describe-file-input';
import { type FileOwner } from './file-owner';
import { fitsRules, variableFileRules } from './file-rules';
import { readableTypes, toRequestFile } from './prompt-file-content';

/**
 * The resolver `validateInputs` calls for `file` and `file-list` variables: each FileInput entry is
 * looked up with the same ownership and SSRF rules as a request's `files`, checked against the
 * variable's allowed types, extensions and transfer methods, and turned into a `RequestFile`.
 *
 *     const inputs = await validateInputs(form, body.inputs, { resolveFile: inputFileResolver(deps, { owner }) });
 */
export function inputFileResolver(deps: AppDeps, options: { owner: FileOwner; modelFeatures?: readonly ModelFeature[] }): FileResolver {
  const readable = readableTypes(options.modelFeatures);
  return async (entry, variable) => {
    const rules = variableFileRules(variable);
    const file = await describeFileInput(deps, options.owner, rules, entry);
    if (!fitsRules(rules, file)) throw validationFailed(file.filename);
    return toRequestFile(deps, file, readable.has(file.type));
  };
}
