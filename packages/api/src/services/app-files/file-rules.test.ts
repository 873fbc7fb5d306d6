import { describe, expect, it } from 'vitest';
import { appFileRules, fitsRules, variableFileRules } from './file-rules';

describe('file rules of an app and of a file input', () => {
  it("reads Dify 1.x's file_upload, the older image-only form, and off", () => {
    expect(appFileRules({ enabled: true, allowed_file_types: ['image', 'custom'], allowed_file_extensions: ['.PDF', 'Md'], allowed_file_upload_methods: ['local_file'], number_limits: 5, image: { detail: 'low' } })).toEqual({
      allowedTypes: ['image', 'custom'],
      allowedExtensions: ['pdf', 'md'],
      imageMethods: ['local_file'],
      otherMethods: ['local_file'],
      numberLimit: 5,
      imageDetail: 'low',
    });
    expect(appFileRules({ image: { enabled: true, number_limits: 2, transfer_methods: ['remote_url'] } })).toMatchObject({
      allowedTypes: ['image'],
      imageMethods: ['remote_url'],
      numberLimit: 2,
      imageDetail: 'high',
    });
    expect(appFileRules({ enabled: true })?.numberLimit).toBe(3);
    expect(appFileRules({ enabled: false, image: { enabled: false } })).toBeNull();
    expect(appFileRules(null)).toBeNull();
  });

  it("judges a file as Dify's is_file_valid_with_config does, extensions compared without case or dot", () => {
    const rules = appFileRules({ enabled: true, allowed_file_types: ['image', 'document'], allowed_file_extensions: ['.XYZ'], allowed_file_upload_methods: ['local_file'] })!;
    expect(fitsRules(rules, { declaredType: 'image', extension: 'png', transferMethod: 'local_file' })).toBe(true);
    expect(fitsRules(rules, { declaredType: 'audio', extension: 'mp3', transferMethod: 'local_file' })).toBe(false);
    expect(fitsRules(rules, { declaredType: 'image', extension: 'png', transferMethod: 'remote_url' })).toBe(false);
    expect(fitsRules(rules, { declaredType: 'custom', extension: 'xyz', transferMethod: 'local_file' })).toBe(true);
    expect(fitsRules(rules, { declaredType: 'custom', extension: 'png', transferMethod: 'local_file' })).toBe(false);
    expect(fitsRules(rules, { declaredType: 'custom', extension: '', transferMethod: 'local_file' })).toBe(false);
    const anyType = appFileRules({ enabled: true })!;
    expect(fitsRules(anyType, { declaredType: 'video', extension: 'mp4', transferMethod: 'remote_url' })).toBe(true);
  });

  it("takes a file variable's allowed types, extensions and methods, with no count of its own", () => {
    const rules = variableFileRules({ kind: 'file', required: true, label: 'Doc', variable: 'doc', allowed_file_types: ['document'], allowed_file_upload_methods: ['remote_url'] });
    expect(rules.numberLimit).toBeNull();
    expect(fitsRules(rules, { declaredType: 'image', extension: 'png', transferMethod: 'remote_url' })).toBe(false);
    expect(fitsRules(rules, { declaredType: 'document', extension: 'pdf', transferMethod: 'remote_url' })).toBe(true);
    expect(fitsRules(rules, { declaredType: 'document', extension: 'pdf', transferMethod: 'local_file' })).toBe(false);
  });
});
