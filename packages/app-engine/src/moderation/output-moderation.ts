import { isFlagged } from './detectors';
import { requireExternal } from './input-moderation';
import type { ModerationDeps, ModerationRule, ModerationVerdict } from './types';

/** Dify's MODERATION_BUFFER_SIZE: the answer is checked again each time this many more characters arrived. */
export const MODERATION_BUFFER_SIZE = 300;

/**
 * Watches a streamed answer: the text is checked every `bufferSize` characters while it streams and once more
 * when it is complete. A hit returns the preset response that replaces the answer.
 */
export class OutputModerator {
  private buffer = '';
  private checkedLength = 0;

  constructor(
    private readonly rule: ModerationRule,
    private readonly deps: ModerationDeps,
    private readonly bufferSize = MODERATION_BUFFER_SIZE,
  ) {}

  get enabled(): boolean {
    return this.rule.settings.outputs_config?.enabled === true;
  }

  /** Adds streamed text; checks when enough has arrived since the last check. */
  async append(delta: string): Promise<ModerationVerdict | undefined> {
    this.buffer += delta;
    if (!this.enabled || this.buffer.length - this.checkedLength < this.bufferSize) return undefined;
    return this.check(this.buffer);
  }

  /** The last check, on the whole answer. */
  async complete(answer: string): Promise<ModerationVerdict | undefined> {
    this.buffer = answer;
    if (!this.enabled || answer === '') return undefined;
    return this.check(answer);
  }

  private async check(text: string): Promise<ModerationVerdict | undefined> {
    this.checkedLength = text.length;
    const presetResponse = this.rule.settings.outputs_config?.preset_response ?? '';
    if (this.rule.type === 'api') {
      const verdict = await requireExternal(this.deps)({
        extensionId: this.rule.settings.api_based_extension_id ?? '',
        point: 'app.moderation.output',
        text,
      });
      return verdict.flagged ? { flagged: true, presetResponse: verdict.preset_response ?? presetResponse } : undefined;
    }
    return (await isFlagged(this.rule, this.deps, [text])) ? { flagged: true, presetResponse } : undefined;
  }
}
