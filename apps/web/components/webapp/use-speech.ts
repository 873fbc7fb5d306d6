'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { type WebApi } from '@/lib/webapp/web-api';

/** Reads one answer aloud with the app's text-to-speech model; one answer plays at a time. */
export function useSpeech(api: WebApi) {
  const [playing, setPlaying] = useState<string | null>(null);
  const audioRef = useRef<HTMLAudioElement | null>(null);

  const stop = useCallback(() => {
    const audio = audioRef.current;
    if (audio) {
      audio.pause();
      URL.revokeObjectURL(audio.src);
    }
    audioRef.current = null;
    setPlaying(null);
  }, []);

  const play = useCallback(
    async (messageId: string) => {
      stop();
      setPlaying(messageId);
      try {
        const response = await api.send('/text-to-audio', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ message_id: messageId }),
        });
        const audio = new Audio(URL.createObjectURL(await response.blob()));
        audioRef.current = audio;
        audio.onended = stop;
        await audio.play();
      } catch {
        stop();
      }
    },
    [api, stop],
  );

  useEffect(() => stop, [stop]);
  return { playing, play, stop };
}
