'use client';

import { useTranslations } from 'next-intl';
import 'katex/dist/katex.min.css';
import './markdown.css';
import { CheckIcon, CopyIcon } from 'lucide-react';
import { type ComponentProps, isValidElement, type ReactNode, useState } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { copyText } from '@/lib/clipboard';

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

function CodeBlock({ children, ...props }: ComponentProps<'pre'>) {
  const t = useTranslations('webapp');
  const [copied, setCopied] = useState(false);
  const child = Array.isArray(children) ? children[0] : children;
  const className = isValidElement<{ className?: string }>(child) ? (child.props.className ?? '') : '';
  const language = /language-([\w-]+)/.exec(className)?.[1];
  return (
    <div className="my-3 overflow-hidden rounded-lg border bg-muted/60" data-testid="webapp-code-block">
      <div className="flex items-center justify-between border-b px-3 py-1 text-xs text-muted-foreground">
        <span>{language ?? ''}</span>
        <button
          type="button"
          className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 hover:bg-accent"
          aria-label={copied ? t('copied') : t('copyCode')}
          onClick={async () => {
            await copyText(textOf(children).replace(/\n$/, ''));
            setCopied(true);
            setTimeout(() => setCopied(false), 2000);
          }}
        >
          {copied ? <CheckIcon className="size-3.5" /> : <CopyIcon className="size-3.5" />}
          {copied ? t('copied') : t('copy')}
        </button>
      </div>
      <pre {...props} className="overflow-x-auto p-3 text-[13px] leading-snug">
        {children}
      </pre>
    </div>
  );
}

const components: Components = {
  pre: ({ node: _node, ...props }) => <CodeBlock {...props} />,
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
  table: ({ node: _node, ...props }) => (
    <div className="my-3 overflow-x-auto">
      <table {...props} />
    </div>
  ),
};

/** Markdown with GFM (tables, task lists, autolinks), `$…$` math and highlighted code. Raw HTML is never rendered. */
export default function MarkdownRenderer({ text }: { text: string }) {
  return (
    <ReactMarkdown remarkPlugins={[remarkGfm, remarkMath]} rehypePlugins={[rehypeKatex, [rehypeHighlight, { detect: false }]]} components={components}>
      {text}
    </ReactMarkdown>
  );
}
