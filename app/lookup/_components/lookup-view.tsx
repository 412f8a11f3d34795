'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { PasteBox } from './paste-box';
import { LookupResults } from './lookup-results';
import { TASK_ID_PATTERN } from '@/lib/schemas/request';

/** The ids in the URL (`?ids=a,b,c`), so a lookup can be shared and survives reload. */
function idsFromParams(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((id) => id.trim().toLowerCase()))].filter((id) => TASK_ID_PATTERN.test(id));
}

export function LookupView() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const idsParam = params.get('ids');
  const ids = useMemo(() => idsFromParams(idsParam), [idsParam]);

  return (
    <div className="space-y-6">
      <PasteBox
        initialIds={ids}
        onLookup={(found) => router.push(`${pathname}?ids=${found.join(',')}`, { scroll: false })}
      />
      {ids.length > 0 && <LookupResults key={ids.join(',')} ids={ids} />}
    </div>
  );
}
