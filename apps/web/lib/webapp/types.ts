/** Shapes of Dify's web-app API (`/api`) as the published web app reads them (contract §1.3). */

export interface WebSite {
  title: string;
  chat_color_theme: string | null;
  chat_color_theme_inverted: boolean;
  icon_type: string | null;
  icon: string | null;
  icon_background: string | null;
  icon_url: string | null;
  description: string | null;
  copyright: string | null;
  privacy_policy: string | null;
  custom_disclaimer: string | null;
  default_language: string;
  show_workflow_steps: boolean;
  use_icon_as_answer_icon: boolean;
}

export interface WebSiteAnswer {
  app_id: string;
  end_user_id: string;
  site: WebSite;
}

export interface Feature {
  enabled: boolean;
  [key: string]: unknown;
}

export interface FileUploadSettings extends Feature {
  image?: { enabled: boolean; number_limits?: number; transfer_methods?: string[] };
  allowed_file_types?: string[];
  allowed_file_extensions?: string[];
  allowed_file_upload_methods?: string[];
  number_limits?: number;
}

export interface WebParameters {
  opening_statement: string | null;
  suggested_questions: string[];
  suggested_questions_after_answer: Feature;
  speech_to_text: Feature;
  text_to_speech: Feature;
  retriever_resource: Feature;
  more_like_this: Feature;
  user_input_form: Record<string, Record<string, unknown>>[];
  file_upload: FileUploadSettings;
  system_parameters: { image_file_size_limit: number; file_size_limit: number };
}

export interface Conversation {
  id: string;
  name: string;
  inputs: Record<string, unknown>;
  introduction: string | null;
  created_at: number;
  updated_at: number;
}

export interface Page<T> {
  limit: number;
  has_more: boolean;
  data: T[];
}

export interface AgentThought {
  id: string;
  position: number;
  thought: string;
  tool: string;
  tool_input: string;
  observation: string;
}

export interface Citation {
  segment_id?: string;
  position: number;
  document_name: string;
  score?: number | null;
  content: string;
}

export interface MessageFile {
  id: string;
  type: string;
  url: string;
  filename?: string;
  belongs_to?: string;
}

export interface WebMessage {
  id: string;
  conversation_id: string;
  parent_message_id: string | null;
  inputs: Record<string, unknown>;
  query: string;
  answer: string;
  feedback: { rating: 'like' | 'dislike' | null } | null;
  retriever_resources: Citation[];
  agent_thoughts: AgentThought[];
  message_files: MessageFile[];
  status: string;
  error: string | null;
  created_at: number;
}

export interface SavedMessage {
  id: string;
  inputs: Record<string, unknown>;
  query: string;
  answer: string;
  created_at: number;
}

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  extension: string;
  mime_type: string;
}

/** What a generation request sends for each attached file. */
export interface RequestFile {
  type: 'image' | 'document' | 'audio' | 'video' | 'custom';
  transfer_method: 'local_file' | 'remote_url';
  upload_file_id?: string;
  url?: string;
}
