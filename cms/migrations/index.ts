import * as migration_20261128_145635_initial from './20261128_145635_initial'

export const migrations = [
  {
    up: migration_20261128_145635_initial.up,
    down: migration_20261128_145635_initial.down,
    name: '20261128_145635_initial',
  },
]
