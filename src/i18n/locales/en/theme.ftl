# The theme's pages (templates). Messages are grouped by where they appear.
# A message that counts takes `$count` and selects its plural form by it.

## Header and navigation
search-label = Search
module-count = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
