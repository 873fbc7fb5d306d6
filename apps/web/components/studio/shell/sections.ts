import { ActivityIcon, CodeIcon, type LucideIcon, MessagesSquareIcon, SlidersHorizontalIcon } from 'lucide-react';

/** The modes whose prompt, model and features the studio's Orchestrate page edits. */
export const PROMPT_MODES = ['chat', 'agent-chat', 'completion'] as const;
export const hasOrchestrate = (mode: string) => (PROMPT_MODES as readonly string[]).includes(mode);
/** Modes that talk in conversations (the rest answer one completion at a time). */
export const isChatMode = (mode: string) => mode !== 'completion' && mode !== 'workflow';

export type SectionKey = 'configuration' | 'develop' | 'logs' | 'overview';

export const SECTIONS: { key: SectionKey; icon: LucideIcon }[] = [
  { key: 'configuration', icon: SlidersHorizontalIcon },
  { key: 'develop', icon: CodeIcon },
  { key: 'logs', icon: MessagesSquareIcon },
  { key: 'overview', icon: ActivityIcon },
];
