import * as migration_20261203_155324_initial from './20261203_155324_initial'
import * as migration_20261203_174749_ecosystem_directory from './20261203_174749_ecosystem_directory'

export const migrations = [
  {
    up: migration_20261203_155324_initial.up,
    down: migration_20261203_155324_initial.down,
    name: '20261203_155324_initial',
  },
  {
    up: migration_20261203_174749_ecosystem_directory.up,
    down: migration_20261203_174749_ecosystem_directory.down,
    name: '20261203_174749_ecosystem_directory',
  },
]
