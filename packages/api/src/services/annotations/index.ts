/**
 * Annotations: an operator's own answer to a question, and annotation reply, which answers a
 * matching question with it instead of calling the model.
 *
 * - Writes and reads (`annotateAnswer`, `createAnnotation`, `updateAnnotation`, `deleteAnnotation(s)`,
 *   `listAnnotations`, `exportAnnotations`, `countAnnotations`, `listHitHistories`) take an
 *   `AnnotationScope` (workspace, app, author) resolved by `consoleEditorScope`, `serviceApiScope`
 *   or `webAppEditorScope`; every query filters by the scope's workspace and app.
 * - Annotation reply is switched with `startReplyAction` (a job: settings saved, then every
 *   annotation embedded with the workspace's embedding model named in the settings);
 *   `importAnnotationsCsv` imports a CSV as a job. Jobs are rows any instance can report on
 *   (`jobStatus`). While reply is on, each written annotation is embedded as it is saved.
 * - `matchAnnotationReply(deps, app, query, { endUserId | accountId, messageId? })` is what a chat or
 *   completion run calls before the model: with reply on, it embeds the query with the settings'
 *   model and takes the annotation with the highest cosine similarity (computed in SQL over the
 *   stored `real[]` vectors) if it reaches the score threshold; when no model is set, the model
 *   fails, or nothing is close enough, it falls back to an annotation with the same question
 *   (case, surrounding and repeated whitespace ignored; score 1). A match adds to the annotation's
 *   hit count and hit history (source `api` for end users, `console` for accounts) and returns
 *   `{ annotation: { id, question, answer, account }, score }`, or null. The run answers with
 *   `annotation.answer` and puts `annotationReplyMetadata(match)` (`{ id, account: { id, name } }`) in
 *   `message_end.metadata.annotation_reply` and the message's metadata.
 * - `annotationReplyConfig(deps, app)` is the `annotation_reply` feature of the app's model config.
 */
export { annotateAnswer, createAnnotation, deleteAnnotation, deleteAnnotations, updateAnnotation } from './write-annotations';
export { countAnnotations, exportAnnotations, listAnnotations, listHitHistories } from './read-annotations';
export { annotationReplyConfig, getAnnotationSetting, updateAnnotationSetting } from './annotation-settings';
export { startReplyAction, type ReplyAction, type ReplySettingsInput } from './annotation-reply-actions';
export { importAnnotationsCsv } from './batch-import';
export { jobStatus } from './annotation-jobs';
export { consoleEditorScope, serviceApiScope, webAppEditorScope, type AnnotationScope } from './annotation-scope';
export { annotationReplyMetadata, matchAnnotationReply, type AnnotationReplyAsker, type AnnotationReplyMatch } from './match-annotation-reply';
