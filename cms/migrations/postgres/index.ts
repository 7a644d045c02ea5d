import * as migration_20261203_155324_initial from './20261203_155324_initial'

export const migrations = [
  {
    up: migration_20261203_155324_initial.up,
    down: migration_20261203_155324_initial.down,
    name: '20261203_155324_initial',
  },
]
