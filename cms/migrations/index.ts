import * as migration_20261128_150230_initial from './20261128_150230_initial'
import * as migration_20261128_195459_site_builds_and_jobs from './20261128_195459_site_builds_and_jobs'
import * as migration_20261128_200625_review_status from './20261128_200625_review_status'

export const migrations = [
  {
    up: migration_20261128_150230_initial.up,
    down: migration_20261128_150230_initial.down,
    name: '20261128_150230_initial',
  },
  {
    up: migration_20261128_195459_site_builds_and_jobs.up,
    down: migration_20261128_195459_site_builds_and_jobs.down,
    name: '20261128_195459_site_builds_and_jobs',
  },
  {
    up: migration_20261128_200625_review_status.up,
    down: migration_20261128_200625_review_status.down,
    name: '20261128_200625_review_status',
  },
]
