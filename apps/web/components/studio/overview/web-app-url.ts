/** The path Dify gives a site of each mode (the web app pages live at these paths). */
export function webAppPath(mode: string, code: string): string {
  if (mode === 'completion') return `/completion/${code}`;
  if (mode === 'workflow') return `/workflow/${code}`;
  return `/chat/${code}`;
}

/** Dify's embed snippets: an iframe of the chatbot page, or the bubble script that adds it to any page. */
export function embedSnippets(origin: string, code: string): { iframe: string; script: string } {
  const iframe = `<iframe\n  src="${origin}/chatbot/${code}"\n  style="width: 100%; height: 100%; min-height: 700px"\n  frameborder="0"\n  allow="microphone">\n</iframe>`;
  const script = [
    '<script>',
    '  window.difyChatbotConfig = {',
    `    token: '${code}',`,
    `    baseUrl: '${origin}'`,
    '  }',
    '</script>',
    `<script src="${origin}/embed.min.js" id="${code}" defer></script>`,
  ].join('\n');
  return { iframe, script };
}
