import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client.ts';
import { useCan } from '../../app/auth/me-context.tsx';
import { useLocale } from '../../app/i18n/i18n-context.tsx';

/**
 * The vulnerable-group categories a people-in-category target can name. The list itself needs
 * client.read, which buyers lack; they get the categories their own dashboard counts.
 */
export function useCategoryOptions(): { value: string; label: string }[] {
  const can = useCan();
  const [locale] = useLocale();
  const full = can('client.read');
  const list = useQuery({
    queryKey: ['clients', 'categories'],
    queryFn: () => api.get('/api/clients/categories'),
    enabled: full,
    staleTime: 10 * 60_000,
  });
  const seen = useQuery({
    queryKey: ['dashboards', 'categories'],
    queryFn: () => api.get('/api/dashboards'),
    enabled: !full && can('dashboard.read'),
    staleTime: 10 * 60_000,
  });
  if (full)
    return (list.data ?? []).filter((c) => c.isActive).map((c) => ({ value: c.code, label: locale === 'zh-CN' ? c.nameZh : c.nameEn }));
  return (seen.data?.peopleByCategory ?? []).map((c) => ({ value: c.code, label: c.name }));
}

/** A category code's name, or the code itself when the list does not hold it. */
export function categoryName(options: { value: string; label: string }[], code: string | null): string {
  if (!code) return '';
  return options.find((o) => o.value === code)?.label ?? code;
}
