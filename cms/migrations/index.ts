import * as migration_20261128_204420_initial from './20261128_204420_initial'

export const migrations = [
  {
    up: migration_20261128_204420_initial.up,
    down: migration_20261128_204420_initial.down,
    name: '20261128_204420_initial',
  },
]
