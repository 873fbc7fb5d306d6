/** The chunk settings the wizard edits, turned into Dify's process_rule and doc_form. */
export type ChunkMode = 'automatic' | 'custom' | 'hierarchical' | 'qa';

export interface ChunkSettings {
  mode: ChunkMode;
  separator: string;
  maxTokens: number;
  overlap: number;
  removeSpaces: boolean;
  removeUrls: boolean;
  parentMode: 'paragraph' | 'full-doc';
  childSeparator: string;
  childMaxTokens: number;
  /** The language a model writes Q&A pairs in (Dify's doc_language). */
  language: string;
}

/** The languages the console offers for Q&A documents, as Dify names them. */
export const QA_LANGUAGES = ['English', 'Chinese', 'Japanese', 'Korean', 'French', 'German', 'Spanish', 'Portuguese', 'Russian', 'Italian', 'Vietnamese'] as const;

export const DEFAULT_CHUNK_SETTINGS: ChunkSettings = {
  mode: 'automatic',
  separator: '\\n\\n',
  maxTokens: 500,
  overlap: 50,
  removeSpaces: true,
  removeUrls: false,
  parentMode: 'paragraph',
  childSeparator: '\\n',
  childMaxTokens: 200,
  language: 'English',
};

export function docFormOf(settings: ChunkSettings): 'text_model' | 'hierarchical_model' | 'qa_model' {
  if (settings.mode === 'hierarchical') return 'hierarchical_model';
  if (settings.mode === 'qa') return 'qa_model';
  return 'text_model';
}

export function processRuleOf(settings: ChunkSettings) {
  if (settings.mode === 'automatic') return { mode: 'automatic', rules: null };
  const rules = {
    pre_processing_rules: [
      { id: 'remove_extra_spaces', enabled: settings.removeSpaces },
      { id: 'remove_urls_emails', enabled: settings.removeUrls },
    ],
    segmentation: { separator: settings.separator, max_tokens: settings.maxTokens, chunk_overlap: settings.overlap },
  };
  if (settings.mode === 'hierarchical') {
    return {
      mode: 'hierarchical',
      rules: { ...rules, parent_mode: settings.parentMode, subchunk_segmentation: { separator: settings.childSeparator, max_tokens: settings.childMaxTokens, chunk_overlap: 0 } },
    };
  }
  return { mode: 'custom', rules };
}
