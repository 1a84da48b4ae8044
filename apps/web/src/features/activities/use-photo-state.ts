import type { ActivityDetail } from '@shegong/contracts';
import { useEffect, useMemo, useState } from 'react';
import type { PhotoItem } from './activity-photos.tsx';

/** The photos as edited: stored ones kept (by id) and new files waiting for upload on save. */
export function usePhotoState(detail: ActivityDetail | null, open: boolean) {
  const [kept, setKept] = useState<string[]>([]);
  const [added, setAdded] = useState<{ key: string; file: File; url: string }[]>([]);
  useEffect(() => {
    if (!open) return;
    setKept(detail?.photos.map((p) => p.id) ?? []);
    setAdded([]);
  }, [open, detail]);
  useEffect(
    () => () => {
      for (const a of added) URL.revokeObjectURL(a.url);
    },
    [added],
  );
  const items: PhotoItem[] = useMemo(
    () => [
      ...(detail?.photos ?? []).filter((p) => kept.includes(p.id)).map((p) => ({ key: p.id, src: `/api/files/${p.id}`, name: p.name })),
      ...added.map((a) => ({ key: a.key, src: a.url, name: a.file.name, file: a.file })),
    ],
    [detail, kept, added],
  );
  return {
    items,
    kept,
    files: added.map((a) => a.file),
    add: (file: File) =>
      setAdded((list) => [...list, { key: `${file.name}-${file.lastModified}-${list.length}`, file, url: URL.createObjectURL(file) }]),
    remove: (item: PhotoItem) => {
      if (item.file) setAdded((list) => list.filter((a) => a.key !== item.key));
      else setKept((ids) => ids.filter((id) => id !== item.key));
    },
  };
}
