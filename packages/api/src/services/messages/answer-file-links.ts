import { uploadFilesStore } from '../../data/upload-files';
import { type AppDeps } from '../../deps';
import { signedFilePreviewUrl, signedImagePreviewUrl } from '../files/signed-url';

/** A markdown link's target that is a signed upload URL: `…/files/<id>/file-preview?timestamp=…&nonce=…&sign=…`. */
const SIGNED_UPLOAD_LINK = /\]\(((?:https?:\/\/[^\s)]*?)?\/files\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(file-preview|image-preview)\?[^\s)]*)\)/gi;

/**
 * Answers with file links get fresh signatures on every read (Dify's `re_sign_file_url_answer`), as
 * the stored ones expired minutes after the answer was written. Only uploads of the answer's own
 * workspace are signed again: an answer is model output, and a prompt could make a model write
 * another workspace's file id into one.
 */
export async function resignAnswerLinks(deps: AppDeps, workspaceId: string, answers: string[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const answer of answers) for (const match of answer.matchAll(SIGNED_UPLOAD_LINK)) ids.add(match[2]!.toLowerCase());
  if (ids.size === 0) return answers;
  const signable = await uploadFilesStore(deps.db, workspaceId).ownedIds([...ids]);
  return answers.map((answer) =>
    answer.replace(SIGNED_UPLOAD_LINK, (whole, _url: string, id: string, kind: string) => {
      const fileId = id.toLowerCase();
      if (!signable.has(fileId)) return whole;
      const url = kind.toLowerCase() === 'image-preview' ? signedImagePreviewUrl(deps, fileId) : signedFilePreviewUrl(deps, fileId);
      return `](${url})`;
    }),
  );
}
