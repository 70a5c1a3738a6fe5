## Otsikkopalkki ja navigointi
search-label = Haku
module-count = { $count ->
    [one] { $count } moduuli
   *[other] { $count } moduulia
}
