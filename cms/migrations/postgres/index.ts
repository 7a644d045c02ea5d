import * as migration_20261203_155324_initial from './20261203_155324_initial'
import * as migration_20261203_174749_ecosystem_directory from './20261203_174749_ecosystem_directory'
import * as migration_20261203_194115_consent_purge from './20261203_194115_consent_purge'
import * as migration_20261203_194902_privacy_requests from './20261203_194902_privacy_requests'
import * as migration_20261203_210138_programme_targets_to_programmes from './20261203_210138_programme_targets_to_programmes'

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
  {
    up: migration_20261203_194115_consent_purge.up,
    down: migration_20261203_194115_consent_purge.down,
    name: '20261203_194115_consent_purge',
  },
  {
    up: migration_20261203_194902_privacy_requests.up,
    down: migration_20261203_194902_privacy_requests.down,
    name: '20261203_194902_privacy_requests',
  },
  {
    up: migration_20261203_210138_programme_targets_to_programmes.up,
    down: migration_20261203_210138_programme_targets_to_programmes.down,
    name: '20261203_210138_programme_targets_to_programmes',
  },
]
