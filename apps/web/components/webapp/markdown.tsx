'use client';

import { type ComponentType, useEffect, useState } from 'react';

type Renderer = ComponentType<{ text: string }>;

let loaded: Renderer | undefined;
let loading: Promise<Renderer> | undefined;
const loadRenderer = () => (loading ??= import('./markdown-renderer').then((module) => (loaded = module.default)));

/**
 * Answers as markdown. The renderer (markdown, GFM tables, KaTeX, highlighting) is its own chunk,
 * fetched after the page is interactive; until it arrives the text shows as written, so nothing
 * waits for it.
 */
export function Markdown({ text }: { text: string }) {
  const [Renderer, setRenderer] = useState<Renderer | undefined>(() => loaded);
  useEffect(() => {
    if (!Renderer) void loadRenderer().then((component) => setRenderer(() => component));
  }, [Renderer]);
  return (
    <div className="webapp-markdown min-w-0 text-sm leading-relaxed" data-testid="webapp-markdown">
      {Renderer ? <Renderer text={text} /> : <p className="whitespace-pre-wrap">{text}</p>}
    </div>
  );
}
