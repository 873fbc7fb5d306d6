import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TUserInputForm, validateInputs } from '@tessera/app-engine';
import { type UploadFile } from '@tessera/db';
import { createPolicy, DEFAULT_POLICY } from '@tessera/net-guard';
import { type AppDeps } from '../../deps';
import { createTestApp, seedOwner, seedWorkspace, type SeededUser, type TestApp } from '../../testing';
import { type CanaryServer, startCanaryServer } from '../../testing/canary-server';
import { createAppAs } from '../../routers/console/apps/test-helpers';
import { serviceApiEndUser } from '../end-users/end-users';
import { storeUpload } from '../files/upload-file';
import { storeEndUserUpload } from './end-user-upload';
import { type FileOwner } from './file-owner';
import { inputFileResolver } from './input-file-resolver';
import { resolveRequestFiles } from './resolve-request-files';

const IMAGES = { enabled: true, allowed_file_types: ['image'], allowed_file_upload_methods: ['local_file', 'remote_url'], number_limits: 2 };
const DOCUMENTS_AND_XYZ = {
  enabled: true,
  allowed_file_types: ['image', 'document'],
  allowed_file_extensions: ['.XYZ'],
  allowed_file_upload_methods: ['local_file'],
  number_limits: 3,
};
const ANYTHING_LINKED = { enabled: true, allowed_file_types: ['document'], allowed_file_upload_methods: ['remote_url'], number_limits: 3 };

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('resolveRequestFiles: the files of a chat or completion request', () => {
  let app: TestApp;
  let canary: CanaryServer;
  let owner: SeededUser;
  let alice: FileOwner;
  let operator: FileOwner;
  let aliceImage: UploadFile;
  let aliceData: UploadFile;
  let bobImage: UploadFile;
  let carolImage: UploadFile;
  let foreignImage: UploadFile;
  let operatorManual: UploadFile;

  beforeAll(async () => {
    canary = await startCanaryServer({ '/notes/todo.txt': { body: 'remote text', type: 'text/plain' } });
    app = await createTestApp({ netPolicy: createPolicy({ allowedCidrs: ['127.0.0.1/32'] }) });
    owner = await seedOwner(app);
    const other = await seedWorkspace(app, 'other');
    const appA = (await createAppAs(app, owner, { name: 'A' })).id;
    const appB = (await createAppAs(app, owner, { name: 'B' })).id;
    const foreignApp = (await createAppAs(app, other, { name: 'Foreign' })).id;
    const endUser = async (appId: string, workspaceId: string, name: string) => ({
      workspaceId,
      appId,
      endUserId: (await serviceApiEndUser(app.deps, { appId, workspaceId }, name)).id,
    });
    const aliceUser = await endUser(appA, owner.workspaceId, 'alice');
    const png = (who: string) => ({ filename: 'photo.png', data: new TextEncoder().encode(`${who}-png`), mimeType: 'image/png' });
    aliceImage = await storeEndUserUpload(app.deps, aliceUser, png('alice'));
    aliceData = await storeEndUserUpload(app.deps, aliceUser, { filename: 'table.xyz', data: new TextEncoder().encode('x;y;z') });
    bobImage = await storeEndUserUpload(app.deps, await endUser(appA, owner.workspaceId, 'bob'), png('bob'));
    carolImage = await storeEndUserUpload(app.deps, await endUser(appB, owner.workspaceId, 'carol'), png('carol'));
    foreignImage = await storeEndUserUpload(app.deps, await endUser(foreignApp, other.workspaceId, 'alice'), png('foreign'));
    operatorManual = await storeUpload(
      app.deps,
      { workspaceId: owner.workspaceId, createdBy: owner.accountId, createdByRole: 'account' },
      { filename: 'manual.pdf', data: new TextEncoder().encode('%PDF-1.4 manual'), mimeType: 'application/pdf' },
    );
    alice = { kind: 'end_user', ...aliceUser };
    operator = { kind: 'account', workspaceId: owner.workspaceId, accountId: owner.accountId };
  });
  afterAll(async () => {
    await app?.close();
    await canary?.close();
  });

  const local = (file: UploadFile, type?: string) => ({ transfer_method: 'local_file', upload_file_id: file.id, ...(type ? { type } : {}) });
  const resolve = (files: unknown, fileUpload: unknown = IMAGES, who: FileOwner = alice, deps: AppDeps = app.deps, modelFeatures?: string[]) =>
    resolveRequestFiles(deps, { fileUpload, owner: who, files, ...(modelFeatures ? { modelFeatures: modelFeatures as never } : {}) });
  const refusal = async (promise: Promise<unknown>) => {
    const error = (await promise.then(() => undefined, (e: unknown) => e)) as { appCode?: string; status?: number; message?: string } | undefined;
    expect(error, 'expected a refusal').toBeDefined();
    expect({ code: error!.appCode, status: error!.status }).toEqual({ code: 'invalid_param', status: 400 });
    return error!.message;
  };

  it("gives the owner's upload to the prompt with its bytes and what its message_files row needs", async () => {
    const [file, ...rest] = await resolve([local(aliceImage, 'image')]);
    expect(rest).toEqual([]);
    expect(file).toEqual({
      type: 'image',
      filename: 'photo.png',
      mimeType: 'image/png',
      transferMethod: 'local_file',
      extension: 'png',
      size: 9,
      uploadFileId: aliceImage.id,
      remoteUrl: null,
      base64Data: base64('alice-png'),
    });
  });

  it('ignores files when the app’s file upload is off, and drops entries Dify drops', async () => {
    expect(await resolve([local(aliceImage, 'image')], { enabled: false, image: { enabled: false } })).toEqual([]);
    expect(await resolve([local(aliceImage, 'image')], null)).toEqual([]);
    expect(await resolve('not a list')).toEqual([]);
    const kept = await resolve([{ upload_file_id: aliceImage.id, type: 'image' }, { transfer_method: 'remote_url', type: 'image' }, null, local(aliceImage, 'image')]);
    expect(kept.map((file) => file.uploadFileId)).toEqual([aliceImage.id]);
  });

  it('reads the older image-only configuration as image uploads', async () => {
    const legacy = { image: { enabled: true, number_limits: 1, transfer_methods: ['local_file'] } };
    expect(await resolve([local(aliceImage, 'image')], legacy)).toHaveLength(1);
    expect(await refusal(resolve([local(aliceImage, 'image'), local(aliceImage, 'image')], legacy))).toBe('Number of files exceeds the maximum limit 1');
  });

  it("refuses malformed ids, and uploads that are not the owner's to use, with Dify's messages", async () => {
    expect(await refusal(resolve([{ transfer_method: 'local_file', upload_file_id: 'not-a-uuid', type: 'image' }]))).toBe('Invalid upload file id format');
    expect(await refusal(resolve([{ transfer_method: 'local_file', type: 'image' }]))).toBe('Invalid upload file id');
    for (const file of [bobImage, carolImage, foreignImage]) {
      expect(await refusal(resolve([local(file, 'image')]))).toBe('Invalid upload file');
    }
    expect(await refusal(resolve([local(aliceImage, 'image')], IMAGES, operator))).toBe('Invalid upload file');
  });

  it("lets end users and operators use the workspace operators' uploads", async () => {
    const [forAlice] = await resolve([local(operatorManual, 'document')], DOCUMENTS_AND_XYZ);
    expect(forAlice).toMatchObject({ type: 'document', uploadFileId: operatorManual.id, base64Data: base64('%PDF-1.4 manual') });
    const [forOperator] = await resolve([local(operatorManual, 'document')], DOCUMENTS_AND_XYZ, operator);
    expect(forOperator?.uploadFileId).toBe(operatorManual.id);
  });

  it('checks each file against the allowed types, extensions and transfer methods', async () => {
    expect(await refusal(resolve([local(operatorManual, 'document')], IMAGES))).toBe('File validation failed for file: manual.pdf');
    expect(await refusal(resolve([local(aliceImage)], IMAGES))).toBe('File validation failed for file: photo.png');
    const [custom] = await resolve([local(aliceData)], DOCUMENTS_AND_XYZ);
    expect(custom).toMatchObject({ type: 'custom', extension: 'xyz' });
    expect(custom?.base64Data).toBeUndefined();
    const [detected] = await resolve([local(aliceImage, 'custom')], { ...DOCUMENTS_AND_XYZ, allowed_file_extensions: ['png'] });
    expect(detected?.type).toBe('custom');
    const remote = { transfer_method: 'remote_url', url: `${canary.url}/notes/todo.txt`, type: 'document' };
    expect(await refusal(resolve([remote], DOCUMENTS_AND_XYZ))).toBe('File validation failed for file: todo.txt');
  });

  it('refuses more files than the limit before looking any of them up', async () => {
    const before = canary.received.length;
    const remote = { transfer_method: 'remote_url', url: `${canary.url}/notes/todo.txt`, type: 'image' };
    expect(await refusal(resolve([remote, remote, remote]))).toBe('Number of files exceeds the maximum limit 2');
    expect(canary.received.length).toBe(before);
  });

  it("refuses unknown transfer methods and types with Dify's messages", async () => {
    expect(await refusal(resolve([{ transfer_method: 'ftp', upload_file_id: aliceImage.id }]))).toBe('Invalid file transfer method: ftp');
    expect(await refusal(resolve([{ ...local(aliceImage), type: 'pdf' }]))).toBe("'pdf' is not a valid FileType");
    expect(await refusal(resolve([{ transfer_method: 'tool_file', tool_file_id: aliceImage.id, type: 'image' }]))).toBe(`ToolFile ${aliceImage.id} not found`);
  });

  it('learns a linked file’s name, size and type with a HEAD through the guard, and fetches its bytes', async () => {
    const before = canary.received.length;
    const [file] = await resolve([{ transfer_method: 'remote_url', url: `${canary.url}/notes/todo.txt`, type: 'document' }], ANYTHING_LINKED);
    expect(file).toEqual({
      type: 'document',
      filename: 'todo.txt',
      mimeType: 'text/plain',
      transferMethod: 'remote_url',
      extension: 'txt',
      size: 11,
      uploadFileId: null,
      remoteUrl: `${canary.url}/notes/todo.txt`,
      base64Data: base64('remote text'),
    });
    expect(canary.received.slice(before)).toEqual(['HEAD /notes/todo.txt', 'GET /notes/todo.txt']);
  });

  it('refuses a link to a private address before sending anything', async () => {
    const guarded = { ...app.deps, config: { ...app.deps.config, netPolicy: DEFAULT_POLICY } };
    const before = canary.received.length;
    for (const url of [`${canary.url}/notes/todo.txt`, 'http://169.254.169.254/latest/meta-data/', 'http://metadata.google.internal/']) {
      const message = await refusal(resolve([{ transfer_method: 'remote_url', url, type: 'document' }], ANYTHING_LINKED, alice, guarded));
      expect(message).toMatch(/^Refused to fetch /);
    }
    expect(await refusal(resolve([{ transfer_method: 'remote_url', url: 'ftp://example.com/a.txt', type: 'document' }], ANYTHING_LINKED))).toBe('Invalid file url');
    expect(canary.received.length).toBe(before);
  });

  it('sends links instead of bytes with MULTIMODAL_SEND_FORMAT=url', async () => {
    const byUrl = { ...app.deps, config: { ...app.deps.config, multimodalSendFormat: 'url' as const } };
    const [upload] = await resolve([local(aliceImage, 'image')], IMAGES, alice, byUrl);
    expect(upload?.base64Data).toBeUndefined();
    expect(upload?.url).toMatch(new RegExp(`/files/${aliceImage.id}/file-preview\\?timestamp=\\d+&nonce=[0-9a-f]{32}&sign=`));
    const [linked] = await resolve([{ transfer_method: 'remote_url', url: `${canary.url}/notes/todo.txt`, type: 'document' }], ANYTHING_LINKED, alice, byUrl);
    expect(linked?.url).toBe(`${canary.url}/notes/todo.txt`);
  });

  it('loads content only for the types the model can read', async () => {
    const files = await resolve([local(aliceImage, 'image'), local(operatorManual, 'document')], DOCUMENTS_AND_XYZ, alice, app.deps, ['vision']);
    expect(files.map((file) => [file.type, Boolean(file.base64Data)])).toEqual([
      ['image', true],
      ['document', false],
    ]);
  });
});

describe('inputFileResolver: file and file-list input variables', () => {
  let app: TestApp;
  let alice: FileOwner;
  let aliceImage: UploadFile;
  let bobImage: UploadFile;

  beforeAll(async () => {
    app = await createTestApp();
    const owner = await seedOwner(app);
    const appId = (await createAppAs(app, owner)).id;
    const user = async (name: string) => ({ workspaceId: owner.workspaceId, appId, endUserId: (await serviceApiEndUser(app.deps, { appId, workspaceId: owner.workspaceId }, name)).id });
    const aliceUser = await user('alice');
    alice = { kind: 'end_user', ...aliceUser };
    const png = { filename: 'face.png', data: new TextEncoder().encode('face'), mimeType: 'image/png' };
    aliceImage = await storeEndUserUpload(app.deps, aliceUser, png);
    bobImage = await storeEndUserUpload(app.deps, await user('bob'), png);
  });
  afterAll(async () => app?.close());

  const form: TUserInputForm = [
    { file: { label: 'Photo', variable: 'photo', required: true, allowed_file_types: ['image'], allowed_file_upload_methods: ['local_file'] } },
    { 'file-list': { label: 'Album', variable: 'album', required: false, max_length: 2, allowed_file_types: ['image'], allowed_file_upload_methods: ['local_file'] } },
  ];
  const validate = (inputs: Record<string, unknown>) => validateInputs(form, inputs, { resolveFile: inputFileResolver(app.deps, { owner: alice }) });
  const photo = (file: UploadFile, extra: Record<string, unknown> = {}) => ({ transfer_method: 'local_file', upload_file_id: file.id, type: 'image', ...extra });

  it("resolves the owner's uploads for a file and a file list", async () => {
    const inputs = await validate({ photo: photo(aliceImage), album: [photo(aliceImage), photo(aliceImage)] });
    expect(inputs.photo).toMatchObject({ type: 'image', uploadFileId: aliceImage.id, base64Data: base64('face') });
    expect(inputs.album).toHaveLength(2);
  });

  it("refuses another end user's upload, a type or method the variable does not allow, and a missing transfer method", async () => {
    await expect(validate({ photo: photo(bobImage) })).rejects.toMatchObject({ appCode: 'invalid_param', message: 'Invalid upload file' });
    await expect(validate({ photo: photo(aliceImage, { type: 'document' }) })).rejects.toMatchObject({ message: 'File validation failed for file: face.png' });
    await expect(validate({ photo: { transfer_method: 'remote_url', url: 'https://example.com/a.png', type: 'image' } })).rejects.toMatchObject({
      message: 'File validation failed for file: a.png',
    });
    await expect(validate({ photo: { upload_file_id: aliceImage.id, type: 'image' } })).rejects.toMatchObject({ message: 'transfer_method is required in file mapping' });
  });
});
