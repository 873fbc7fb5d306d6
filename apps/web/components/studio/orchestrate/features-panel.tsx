'use client';

import { useTranslations } from 'next-intl';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { AnnotationReplySettings } from '../annotations/annotation-reply-settings';
import { isChatMode } from '../shell/sections';
import { FeatureRow } from './feature-row';
import { type ConfigDraft } from './use-config-draft';

type Raw = Record<string, unknown>;
type Patch = (key: keyof ConfigDraft, value: Raw | string | unknown[]) => void;

const on = (value: Raw) => value.enabled === true;
const lines = (text: string) => text.split('\n');

/** Feature toggles and their settings, as the app's mode offers them. */
export function FeaturesPanel({ appId, mode, draft, patch }: { appId: string; mode: string; draft: ConfigDraft; patch: Patch }) {
  const f = useTranslations('studio.features');
  const chat = isChatMode(mode);
  const toggle = (key: keyof ConfigDraft) => (checked: boolean) => patch(key, { ...(draft[key] as Raw), enabled: checked });
  const moderation = draft.sensitive_word_avoidance;
  const moderationConfig = (moderation.config ?? {}) as { keywords?: string; inputs_config?: Raw; outputs_config?: Raw };
  const upload = draft.file_upload;
  const image = (upload.image ?? {}) as Raw;
  const tts = draft.text_to_speech;
  const openerOn = draft.opening_statement !== '' || draft.suggested_questions.length > 0;

  return (
    <section className="grid gap-2" aria-labelledby="features-title">
      <h3 id="features-title" className="text-sm font-medium">
        {f('title')}
      </h3>
      {chat ? (
        <FeatureRow
          id="opener"
          title={f('opener')}
          hint={f('openerHint')}
          checked={openerOn}
          onCheckedChange={(checked) => {
            patch('opening_statement', checked ? f('openerDefault') : '');
            if (!checked) patch('suggested_questions', []);
          }}
        >
          <Label htmlFor="opening-statement">{f('openingStatement')}</Label>
          <Textarea id="opening-statement" value={draft.opening_statement} onChange={(e) => patch('opening_statement', e.target.value)} data-testid="opening-statement" />
          <Label htmlFor="suggested-questions">{f('suggestedQuestions')}</Label>
          <Textarea
            id="suggested-questions"
            rows={3}
            placeholder={f('suggestedQuestionsHint')}
            value={(draft.suggested_questions as string[]).join('\n')}
            onChange={(e) => patch('suggested_questions', lines(e.target.value))}
            data-testid="suggested-questions"
          />
        </FeatureRow>
      ) : null}
      {chat ? (
        <FeatureRow id="follow-ups" title={f('followUps')} hint={f('followUpsHint')} checked={on(draft.suggested_questions_after_answer)} onCheckedChange={toggle('suggested_questions_after_answer')} />
      ) : (
        <FeatureRow id="more-like-this" title={f('moreLikeThis')} hint={f('moreLikeThisHint')} checked={on(draft.more_like_this)} onCheckedChange={toggle('more_like_this')} />
      )}
      {chat ? <FeatureRow id="speech-to-text" title={f('speechToText')} hint={f('speechToTextHint')} checked={on(draft.speech_to_text)} onCheckedChange={toggle('speech_to_text')} /> : null}
      <FeatureRow id="text-to-speech" title={f('textToSpeech')} hint={f('textToSpeechHint')} checked={on(tts)} onCheckedChange={toggle('text_to_speech')}>
        <div className="grid gap-2 sm:grid-cols-2">
          <label className="grid gap-1 text-xs text-muted-foreground">
            {f('ttsLanguage')}
            <Input value={String(tts.language ?? '')} placeholder="en-US" onChange={(e) => patch('text_to_speech', { ...tts, language: e.target.value })} />
          </label>
          <label className="grid gap-1 text-xs text-muted-foreground">
            {f('ttsVoice')}
            <Input value={String(tts.voice ?? '')} placeholder="alloy" onChange={(e) => patch('text_to_speech', { ...tts, voice: e.target.value })} />
          </label>
        </div>
        <label className="flex items-center gap-2 text-xs text-muted-foreground">
          <input type="checkbox" checked={tts.autoPlay === 'enabled'} onChange={(e) => patch('text_to_speech', { ...tts, autoPlay: e.target.checked ? 'enabled' : 'disabled' })} />
          {f('ttsAutoPlay')}
        </label>
      </FeatureRow>
      <FeatureRow id="citations" title={f('citations')} hint={f('citationsHint')} checked={on(draft.retriever_resource)} onCheckedChange={toggle('retriever_resource')} />
      <FeatureRow
        id="moderation"
        title={f('moderation')}
        hint={f('moderationHint')}
        checked={on(moderation)}
        onCheckedChange={(checked) =>
          patch('sensitive_word_avoidance', {
            enabled: checked,
            type: 'keywords',
            config: {
              keywords: moderationConfig.keywords ?? '',
              inputs_config: moderationConfig.inputs_config ?? { enabled: true, preset_response: f('moderationDefaultResponse') },
              outputs_config: moderationConfig.outputs_config ?? { enabled: true, preset_response: f('moderationDefaultResponse') },
            },
          })
        }
      >
        <Label htmlFor="moderation-keywords">{f('moderationKeywords')}</Label>
        <Textarea
          id="moderation-keywords"
          rows={3}
          value={moderationConfig.keywords ?? ''}
          onChange={(e) => patch('sensitive_word_avoidance', { ...moderation, config: { ...moderationConfig, keywords: e.target.value } })}
          data-testid="moderation-keywords"
        />
        <Label htmlFor="moderation-response">{f('moderationResponse')}</Label>
        <Input
          id="moderation-response"
          value={String(moderationConfig.inputs_config?.preset_response ?? '')}
          onChange={(e) => {
            const preset = { enabled: true, preset_response: e.target.value };
            patch('sensitive_word_avoidance', { ...moderation, config: { ...moderationConfig, inputs_config: preset, outputs_config: preset } });
          }}
        />
      </FeatureRow>
      <FeatureRow
        id="file-upload"
        title={f('fileUpload')}
        hint={f('fileUploadHint')}
        checked={upload.enabled === true || image.enabled === true}
        onCheckedChange={(checked) =>
          patch('file_upload', {
            ...upload,
            enabled: checked,
            allowed_file_types: upload.allowed_file_types ?? ['image', 'document'],
            allowed_file_upload_methods: upload.allowed_file_upload_methods ?? ['local_file', 'remote_url'],
            number_limits: upload.number_limits ?? 3,
            image: { ...image, enabled: checked, number_limits: image.number_limits ?? 3, detail: image.detail ?? 'high', transfer_methods: image.transfer_methods ?? ['remote_url', 'local_file'] },
          })
        }
      >
        <label className="flex items-center gap-2 text-xs text-muted-foreground">
          {f('fileLimit')}
          <Input
            type="number"
            min={1}
            max={10}
            className="h-8 w-20"
            value={Number(upload.number_limits ?? 3)}
            onChange={(e) => patch('file_upload', { ...upload, number_limits: Number(e.target.value), image: { ...image, number_limits: Number(e.target.value) } })}
          />
        </label>
        <fieldset className="flex flex-wrap gap-3 text-xs">
          <legend className="mb-1 text-muted-foreground">{f('fileTypes')}</legend>
          {(['image', 'document', 'audio', 'video'] as const).map((type) => {
            const types = (upload.allowed_file_types as string[] | undefined) ?? ['image', 'document'];
            return (
              <label key={type} className="flex items-center gap-1.5">
                <input
                  type="checkbox"
                  checked={types.includes(type)}
                  onChange={(e) =>
                    patch('file_upload', {
                      ...upload,
                      allowed_file_types: e.target.checked ? [...types, type] : types.filter((x) => x !== type),
                      image: { ...image, enabled: type === 'image' ? e.target.checked : image.enabled },
                    })
                  }
                />
                {f(`fileTypeNames.${type}`)}
              </label>
            );
          })}
        </fieldset>
      </FeatureRow>
      {chat ? (
        <div className="rounded-lg border bg-card p-3" data-testid="feature-annotation-reply">
          <AnnotationReplySettings appId={appId} />
        </div>
      ) : null}
    </section>
  );
}
