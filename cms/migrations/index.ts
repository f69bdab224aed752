import * as migration_20261128_150230_initial from './20261128_150230_initial'

export const migrations = [
  {
    up: migration_20261128_150230_initial.up,
    down: migration_20261128_150230_initial.down,
    name: '20261128_150230_initial',
  },
]
