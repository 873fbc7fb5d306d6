/**
 * What a site owner pastes to put a web app on their pages, in Dify's shapes so existing embeds keep
 * working: an iframe of `/chatbot/{code}`, or the bubble script configured by `difyChatbotConfig`.
 */
export function iframeSnippet(origin: string, code: string): string {
  return `<iframe
 src="${origin}/chatbot/${code}"
 style="width: 100%; height: 100%; min-height: 700px"
 frameborder="0"
 allow="microphone">
</iframe>`;
}

export function bubbleSnippet(origin: string, code: string, color = '#1C64F2'): string {
  return `<script>
 window.difyChatbotConfig = {
  token: '${code}',
  baseUrl: '${origin}'
 }
</script>
<script
 src="${origin}/embed.min.js"
 id="${code}"
 defer>
</script>
<style>
  #dify-chatbot-bubble-button {
    background-color: ${color} !important;
  }
  #dify-chatbot-bubble-window {
    width: 24rem !important;
    height: 40rem !important;
  }
</style>`;
}
