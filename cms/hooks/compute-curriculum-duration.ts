import type { CollectionBeforeChangeHook } from 'payload'

type CurriculumData = {
  modules?: { durationHours?: number | null }[] | null
  durationHours?: number | null
}

/** A curriculum lasts as long as its modules together; computed so the two never disagree. */
export const computeCurriculumDuration: CollectionBeforeChangeHook<
  CurriculumData & { id: string }
> = ({ data, originalDoc }) => {
  const modules = data.modules ?? originalDoc?.modules ?? []
  const hours = modules.reduce((total, module) => total + (module.durationHours ?? 0), 0)
  data.durationHours = Math.round(hours * 100) / 100
  return data
}
