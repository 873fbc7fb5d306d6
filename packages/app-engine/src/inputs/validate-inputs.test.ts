import { describe, expect, it } from 'vitest';
import type { TUserInputForm } from '../config/user-input-form';
import { InputValidationError } from '../errors';
import { validateInputs } from './validate-inputs';

const form: TUserInputForm = [
  { 'text-input': { label: 'Name', variable: 'name', required: true, max_length: 5 } },
  { paragraph: { label: 'Bio', variable: 'bio', required: false, default: 'none' } },
  { select: { label: 'Lang', variable: 'lang', required: false, options: ['en', 'fr'] } },
  { number: { label: 'Age', variable: 'age', required: false } },
  { checkbox: { label: 'Ok', variable: 'ok', required: false } },
  { json_object: { label: 'Meta', variable: 'meta', required: false } },
  { file: { label: 'Doc', variable: 'doc', required: false } },
  { 'file-list': { label: 'Pics', variable: 'pics', required: false, max_length: 2 } },
];

describe('validateInputs', () => {
  it('keeps exactly the form variables, with defaults, coercions and NUL characters stripped', async () => {
    const result = await validateInputs(form, { name: 'A\u0000na', age: '42', ok: 'yes', extra: 'dropped' });
    expect(result).toEqual({ name: 'Ana', bio: 'none', lang: null, age: 42, ok: true, meta: null, doc: null, pics: null });
  });

  it.each([
    [{ age: '4.5' }, 4.5],
    [{ age: 7 }, 7],
    [{ age: '' }, null],
    [{ age: ' -3 ' }, -3],
  ])('reads numbers from %j', async (inputs, age) => {
    expect((await validateInputs(form, { name: 'x', ...inputs })).age).toBe(age);
  });

  it.each([
    ['on', true],
    ['OFF', false],
    [1, true],
    [0, false],
    [true, true],
  ])('reads the checkbox %j', async (ok, expected) => {
    expect((await validateInputs(form, { name: 'x', ok })).ok).toBe(expected);
  });

  it.each([
    [{}, 'name is required in input form'],
    [{ name: null }, 'name is required in input form'],
    [{ name: 12 }, "(type 'text-input') name in input form must be a string"],
    [{ name: 'toolong' }, 'name in input form must be less than 5 characters'],
    [{ name: 'x', lang: 'de' }, "lang in input form must be one of the following: ['en', 'fr']"],
    [{ name: 'x', age: 'ten' }, 'age in input form must be a valid number'],
    [{ name: 'x', meta: [1] }, 'meta in input form must be a dict'],
    [{ name: 'x', doc: 'file.txt' }, 'doc in input form must be a file'],
    [{ name: 'x', pics: [{}, {}, {}] }, 'pics in input form must be less than 2 files'],
    [{ name: 'x', pics: ['a'] }, 'pics in input form must be a list of files'],
    [{ name: 'x', ok: { a: 1 } }, "Invalid input type for ['ok']"],
  ])('refuses %j with Dify\'s message', async (inputs, message) => {
    const attempt = validateInputs(form, inputs);
    await expect(attempt).rejects.toThrow(InputValidationError);
    await expect(validateInputs(form, inputs)).rejects.toThrow(message);
  });

  it('counts characters the way Python does (an emoji is one)', async () => {
    expect((await validateInputs(form, { name: '😀😀😀😀😀' })).name).toBe('😀😀😀😀😀');
  });

  it('passes file entries through the caller’s resolver with the variable they belong to', async () => {
    const seen: string[] = [];
    const result = await validateInputs(
      form,
      { name: 'x', doc: { transfer_method: 'local_file', upload_file_id: 'f1' }, pics: [{ transfer_method: 'remote_url', url: 'http://a/p.png' }] },
      {
        resolveFile: async (entry, variable) => {
          seen.push(variable.variable);
          return { id: entry.upload_file_id ?? entry.url, type: variable.kind };
        },
      },
    );
    expect(result.doc).toEqual({ id: 'f1', type: 'file' });
    expect(result.pics).toEqual([{ id: 'http://a/p.png', type: 'file-list' }]);
    expect(seen).toEqual(['doc', 'pics']);
  });

  it("lets the resolver refuse a file with its own message", async () => {
    const resolveFile = () => {
      throw new InputValidationError('File validation failed for file: a.exe');
    };
    await expect(validateInputs(form, { name: 'x', doc: { transfer_method: 'local_file' } }, { resolveFile })).rejects.toThrow(
      'File validation failed for file: a.exe',
    );
  });

  it('treats an empty string for an optional file as no file', async () => {
    expect((await validateInputs(form, { name: 'x', doc: '' })).doc).toBeNull();
  });
});
