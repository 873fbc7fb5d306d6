import { type FormVariable } from '@tessera/app-engine';
import { isObject } from '../apps/model-config';

type Raw = Record<string, unknown>;

/** What files a request may carry: the app's `file_upload` feature, or a `file` input variable's settings. */
export interface FileRules {
  /** Empty: any type. */
  allowedTypes: readonly string[];
  /** For `custom` files: lower case, without the dot. Empty: no custom file is allowed. */
  allowedExtensions: readonly string[];
  /** Transfer methods for images; empty: any. */
  imageMethods: readonly string[];
  /** Transfer methods for every other type; empty: any. */
  otherMethods: readonly string[];
  /**
   * Most files per request; null: no limit (input variables, whose form caps lists). Dify also caps
   * images at the image settings' limit, which 1.x sets to this same number.
   */
  numberLimit: number | null;
  imageDetail: 'high' | 'low';
}

/** The console's default when a configuration names no limit. */
const DEFAULT_NUMBER_LIMIT = 3;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const positive = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined);

/** `.PDF`, `pdf` and ` .pdf ` all name the same extension, as newer Dify compares them. */
export const normaliseExtension = (extension: string): string => extension.trim().toLowerCase().replace(/^\./, '');

/**
 * The rules of an app's `file_upload` feature, or null when uploads are off (Dify then ignores a
 * request's files). Dify 1.x keys it on `enabled` with `allowed_*` lists; older configurations only
 * have `image.enabled`, which still means images by the image settings.
 */
export function appFileRules(fileUpload: unknown): FileRules | null {
  const config: Raw = isObject(fileUpload) ? fileUpload : {};
  const image: Raw = isObject(config.image) ? config.image : {};
  const detail = image.detail === 'low' ? 'low' : 'high';
  if (config.enabled === true) {
    const methods = strings(config.allowed_file_upload_methods);
    const limit = positive(config.number_limits) ?? DEFAULT_NUMBER_LIMIT;
    return {
      allowedTypes: strings(config.allowed_file_types),
      allowedExtensions: strings(config.allowed_file_extensions).map(normaliseExtension),
      imageMethods: methods,
      otherMethods: methods,
      numberLimit: limit,
      imageDetail: detail,
    };
  }
  if (image.enabled === true) {
    const limit = positive(image.number_limits) ?? DEFAULT_NUMBER_LIMIT;
    return {
      allowedTypes: ['image'],
      allowedExtensions: [],
      imageMethods: strings(image.transfer_methods),
      otherMethods: [],
      numberLimit: limit,
      imageDetail: detail,
    };
  }
  return null;
}

/** The rules of a `file` or `file-list` input variable; its count is the form's `max_length`. */
export function variableFileRules(variable: FormVariable): FileRules {
  const methods = strings(variable.allowed_file_upload_methods);
  return {
    allowedTypes: strings(variable.allowed_file_types),
    allowedExtensions: strings(variable.allowed_file_extensions).map(normaliseExtension),
    imageMethods: methods,
    otherMethods: methods,
    numberLimit: null,
    imageDetail: 'high',
  };
}

/** The declared type is allowed (a `custom` file is judged by its extension instead). */
function typeAllowed(rules: FileRules, declaredType: string): boolean {
  return declaredType === 'custom' || rules.allowedTypes.length === 0 || rules.allowedTypes.includes(declaredType);
}

/** Images follow the image transfer methods, everything else the general ones. */
function methodAllowed(rules: FileRules, declaredType: string, transferMethod: string): boolean {
  const methods = declaredType === 'image' ? rules.imageMethods : rules.otherMethods;
  return methods.length === 0 || methods.includes(transferMethod);
}

/**
 * What can be judged before a file is looked up or fetched: its declared type and transfer method.
 * A link that fails here is never fetched.
 */
export function fitsRulesBeforeLookup(rules: FileRules, file: { declaredType: string; transferMethod: string }): boolean {
  return typeAllowed(rules, file.declaredType) && methodAllowed(rules, file.declaredType, file.transferMethod);
}

/**
 * Dify's `is_file_valid_with_config`: the declared type (`custom` when none) must be allowed, a
 * custom file's extension must be listed, and the transfer method allowed for its kind.
 */
export function fitsRules(rules: FileRules, file: { declaredType: string; extension: string; transferMethod: string }): boolean {
  if (!fitsRulesBeforeLookup(rules, file)) return false;
  return file.declaredType !== 'custom' || rules.allowedExtensions.includes(normaliseExtension(file.extension));
}
