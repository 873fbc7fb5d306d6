import type { StaticImageData } from 'next/image';
import anthropic from '@lobehub/icons-static-svg/icons/anthropic.svg';
import azure from '@lobehub/icons-static-svg/icons/azure-color.svg';
import cohere from '@lobehub/icons-static-svg/icons/cohere-color.svg';
import gemini from '@lobehub/icons-static-svg/icons/gemini-color.svg';
import jina from '@lobehub/icons-static-svg/icons/jina.svg';
import ollama from '@lobehub/icons-static-svg/icons/ollama.svg';
import openai from '@lobehub/icons-static-svg/icons/openai.svg';

// Brand marks from LobeHub's MIT-licensed icon set, served as static files by the build.
const LOGOS: Record<string, StaticImageData | string> = {
  openai,
  anthropic,
  gemini,
  google: gemini,
  azure_openai: azure,
  ollama,
  cohere,
  jina,
};

/** The brand logo of a provider, by its plain or plugin-style name (`langgenius/openai/openai`). */
export function brandLogo(provider: string): string | undefined {
  const name = provider.split('/').pop() ?? provider;
  const logo = LOGOS[name];
  // Next's build gives an image object, other bundlers (the unit tests' Vite) a plain URL.
  return typeof logo === 'string' ? logo : logo?.src;
}
