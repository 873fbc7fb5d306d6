'use client';

import { useCallback, useRef, useState } from 'react';
import { type WebApi } from '@/lib/webapp/web-api';

/** Records the visitor's voice and turns it into text with the app's speech-to-text model. */
export function useRecorder(api: WebApi, onText: (text: string) => void) {
  const [state, setState] = useState<'idle' | 'recording' | 'transcribing' | 'denied'>('idle');
  const recorderRef = useRef<MediaRecorder | null>(null);

  const start = useCallback(async () => {
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      setState('denied');
      return;
    }
    const recorder = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    recorder.onstop = async () => {
      stream.getTracks().forEach((track) => track.stop());
      setState('transcribing');
      const type = recorder.mimeType.split(';')[0] || 'audio/webm';
      const form = new FormData();
      form.append('file', new Blob(chunks, { type }), `recording.${type.split('/')[1] ?? 'webm'}`);
      try {
        const answer = await api.upload<{ text: string }>('/audio-to-text', form);
        if (answer.text) onText(answer.text);
      } finally {
        setState('idle');
      }
    };
    recorderRef.current = recorder;
    recorder.start();
    setState('recording');
  }, [api, onText]);

  const stop = useCallback(() => recorderRef.current?.stop(), []);
  return { state, start, stop };
}
