import { BotIcon, MessageSquareTextIcon, MessagesSquareIcon, type LucideIcon, WorkflowIcon, FileTextIcon } from 'lucide-react';

export const CREATABLE_MODES = ['chat', 'agent-chat', 'advanced-chat', 'workflow', 'completion'] as const;
export type AppMode = (typeof CREATABLE_MODES)[number];

export const FILTER_MODES = ['all', 'workflow', 'advanced-chat', 'chat', 'agent-chat', 'completion'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

export const MODE_ICONS: Record<string, LucideIcon> = {
  chat: MessageSquareTextIcon,
  'agent-chat': BotIcon,
  'advanced-chat': MessagesSquareIcon,
  workflow: WorkflowIcon,
  completion: FileTextIcon,
};
