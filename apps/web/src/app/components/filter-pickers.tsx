import { useMe } from '../auth/me-context.tsx';
import { FilterField, type FilterSpan } from './filter-bar.tsx';
import { OrganisationSelect } from './organisation-select.tsx';
import { RegionTreeSelect } from './region-tree-select.tsx';
import { StationPick } from './station-pick.tsx';
import { WorkerSelect } from './worker-select.tsx';

type Props = { label: string; span?: FilterSpan; value?: string; onChange: (id: string | undefined) => void; testId?: string };

/** A station: the caller's organisation's for its staff, every station in scope for the bureau. */
export function FilterStation({ label, span, value, onChange, testId }: Props) {
  const me = useMe();
  return (
    <FilterField label={label} span={span}>
      {(labelProps) => (
        <StationPick {...labelProps} value={value} onChange={onChange} anyOrganisation={!me.scope.organisationId} data-testid={testId} />
      )}
    </FilterField>
  );
}

/** A region of the caller's scope, optionally only at some levels (3 district, 4 town). */
export function FilterRegion({ label, span, value, onChange, testId, levels }: Props & { levels?: readonly number[] }) {
  return (
    <FilterField label={label} span={span}>
      {(labelProps) => <RegionTreeSelect {...labelProps} value={value} onChange={onChange} levels={levels} data-testid={testId} />}
    </FilterField>
  );
}

/** An organisation, searched on the server. */
export function FilterOrganisation({ label, span, value, onChange, testId, placeholder }: Props & { placeholder?: string }) {
  return (
    <FilterField label={label} span={span}>
      {(labelProps) => (
        <OrganisationSelect
          aria-label={labelProps['aria-label']}
          placeholder={placeholder ?? labelProps.placeholder}
          value={value}
          onChange={onChange}
          data-testid={testId}
        />
      )}
    </FilterField>
  );
}

/** A social worker of the caller's organisation (any in scope for the bureau), searched on the server. */
export function FilterWorker({ label, span, value, onChange, testId }: Props) {
  const me = useMe();
  return (
    <FilterField label={label} span={span}>
      {(labelProps) => (
        <WorkerSelect
          aria-label={labelProps['aria-label']}
          organisationId={me.scope.organisationId ?? undefined}
          value={value}
          onChange={onChange}
          data-testid={testId}
        />
      )}
    </FilterField>
  );
}
