import type { Region } from '@shegong/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fetchChildren, fetchRegion, regionKeys, useRegionChildren } from './regions-api.ts';

export type RegionTreeNode = {
  key: string;
  value: string;
  title: string;
  isLeaf: boolean;
  selectable?: boolean;
  region: Region;
  children?: RegionTreeNode[];
};

/**
 * The part of the region tree loaded so far, shared by the region Tree and the region TreeSelect.
 * Children are fetched lazily; `reveal` loads a code's ancestors so it can be shown in place.
 */
export function useRegionNodes() {
  const client = useQueryClient();
  const roots = useRegionChildren(null);
  const [nodes, setNodes] = useState(() => new Map<string, Region>());
  const [loadedKeys, setLoadedKeys] = useState<string[]>([]);
  const loading = useRef(new Map<string, Promise<void>>());

  const add = useCallback((regions: Region[]) => {
    setNodes((prev) => {
      const next = new Map(prev);
      for (const region of regions) next.set(region.code, region);
      return next;
    });
  }, []);

  useEffect(() => {
    if (roots.data) add(roots.data.items);
  }, [roots.data, add]);

  const rootCodes = useMemo(() => roots.data?.items.map((r) => r.code) ?? [], [roots.data]);
  const rootLevel = useMemo(() => Math.min(...(roots.data?.items.map((r) => r.level) ?? [1])), [roots.data]);

  const loadChildren = useCallback(
    (code: string): Promise<void> => {
      const pending = loading.current.get(code);
      if (pending) return pending;
      const promise = client
        .fetchQuery({ queryKey: regionKeys.children(code), queryFn: () => fetchChildren(code), staleTime: 10 * 60_000 })
        .then((page) => {
          add(page.items);
          setLoadedKeys((prev) => (prev.includes(code) ? prev : [...prev, code]));
        })
        .catch((error: unknown) => {
          loading.current.delete(code);
          throw error;
        });
      loading.current.set(code, promise);
      return promise;
    },
    [client, add],
  );

  /** Loads the ancestors of `code` (within the caller's roots); returns their codes, top first. */
  const reveal = useCallback(
    async (code: string): Promise<string[]> => {
      const region = await client.fetchQuery({ queryKey: regionKeys.one(code), queryFn: () => fetchRegion(code), staleTime: 10 * 60_000 });
      const ancestors = region.path.filter((r) => r.level >= rootLevel && r.code !== code);
      add([...ancestors, region]);
      for (const ancestor of ancestors) await loadChildren(ancestor.code);
      return ancestors.map((r) => r.code);
    },
    [client, add, loadChildren, rootLevel],
  );

  const buildTree = useCallback(
    (decorate: (region: Region) => Partial<RegionTreeNode> = () => ({})): RegionTreeNode[] => {
      const byParent = new Map<string, Region[]>();
      for (const region of nodes.values()) {
        if (!region.parentCode) continue;
        byParent.set(region.parentCode, [...(byParent.get(region.parentCode) ?? []), region]);
      }
      const make = (region: Region): RegionTreeNode => {
        const children = (byParent.get(region.code) ?? []).sort((a, b) => a.code.localeCompare(b.code));
        const node: RegionTreeNode = {
          key: region.code,
          value: region.code,
          title: region.name,
          // Villages are the last level; anything above may have children (loaded lazily; an empty
          // load turns the node into a leaf), so childCount is not trusted for this.
          isLeaf: region.level >= 5,
          region,
          ...decorate(region),
        };
        if (children.length > 0) node.children = children.map(make);
        return node;
      };
      return rootCodes.flatMap((code) => {
        const region = nodes.get(code);
        return region ? [make(region)] : [];
      });
    },
    [nodes, rootCodes],
  );

  return { roots, rootLevel, nodes, loadedKeys, loadChildren, reveal, buildTree };
}
