# Las palabras de los scripts del tema (words.js); los argumentos son los mismos que en en/scripts.ftl.

## Estados de los módulos (listas de módulos, mapa del curso)

js-state-done = Hecho
js-state-ready = Listo para empezar
js-state-locked = Aún no disponible
js-state-updated-short = actualizado
js-state-updated = actualizado desde que lo terminaste

## Barras de progreso y tiempos

js-done-of-total = { $done } de { $total } hechos
js-progress-in = Progreso en { $title }
js-progress-in-course = Progreso en todo el curso
js-minutes = { $count } min
js-course-minutes-left = { $count ->
    [one] Queda alrededor de { $count } minuto de curso.
   *[other] Quedan unos { $count } minutos de curso.
}
js-path-minutes-left = Quedan unos { $count } min.

## Objetivos, página de inicio y páginas de itinerarios

js-goal-reached = Tu objetivo: { $goal }. Has hecho todos los módulos que requiere: ¡buen trabajo!
js-goal-left = { $count ->
    [one] Tu objetivo: { $goal }. Te queda por aprender { $count } módulo, unos { $minutes } min.
   *[other] Tu objetivo: { $goal }. Te quedan por aprender { $count } módulos, unos { $minutes } min.
}
js-start-next = Empezar el siguiente: { $title }
js-continue = Continúa donde lo dejaste: { $title }
js-see-progress = Consulta tu progreso
js-see-progress-on-learning = { $link } en Mi aprendizaje.
js-choose-goal = Elige un objetivo
js-choose-goal-on-learning = { $link } en Mi aprendizaje para ver exactamente lo que te queda por aprender para alcanzarlo.
js-open-record = Abrir tu certificado de finalización de { $title }

## Página del módulo

js-done-on = Hecho el { $date }.
js-up-next = A continuación para ti
js-nothing-ready = Aún no hay nada más disponible: termina los módulos que has empezado para desbloquear más.
js-mark-to-see-more = Marca este módulo como hecho para ver qué puedes aprender después.
js-revisit = Conviene repasar
js-revisit-because = Algunas respuestas aquí aún no eran correctas. Este módulo se basa en:

## Cuestionarios

js-quiz-so-far = { $count ->
    [one] Hasta ahora: { $count } de { $total } correcta.
   *[other] Hasta ahora: { $count } de { $total } correctas.
}
js-quiz-last-result = { $count ->
    [one] Tu último resultado: { $count } de { $total } correcta.
   *[other] Tu último resultado: { $count } de { $total } correctas.
}
js-quiz-correct = ¡Correcto!
js-quiz-not-quite = No del todo.
js-quiz-option-correct = Correcta
js-quiz-option-incorrect = Incorrecta
js-quiz-missed = { $count ->
    [one] { $count } opción correcta sin elegir
   *[other] { $count } opciones correctas sin elegir
}
js-quiz-wrong = { $count ->
    [one] { $count } opción elegida es incorrecta
   *[other] { $count } opciones elegidas son incorrectas
}
js-quiz-detail = { $name }.
js-quiz-details = { $name }; { $title }.
js-quiz-choose-first = Elige primero una respuesta.
js-quiz-enter-first = Escribe primero una respuesta.
js-quiz-number-first = Escribe primero un número.
js-quiz-moved = { $name } movido a la posición { $step } de { $total }.
js-quiz-show-hint = Mostrar una pista
js-quiz-hide-hint = Ocultar la pista
js-quiz-right-before = Ya respondiste correctamente a esta pregunta.

## Búsqueda

js-search-loading = Cargando la búsqueda…
js-search-failed = No se ha podido cargar la búsqueda. Comprueba tu conexión y vuelve a escribir.
js-search-results = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
js-search-best = { $count } resultados (los { $count } mejores)
js-search-none = No hay resultados para “{ $query }”. Prueba con menos palabras o más cortas, o revisa la ortografía.
js-search-none-at-level = No hay resultados para “{ $query }” en el nivel { $level }. Prueba con “Todos los niveles”, con menos palabras o más cortas, o revisa la ortografía.

## Mi aprendizaje

js-no-goal = Aún no tienes objetivo. Elige uno arriba: aquí aparecerán los módulos que requiere y que aún no has hecho.
js-goal-group-paths = Itinerarios de aprendizaje
js-goal-group-modules = Módulos
js-no-quiz-yet = Aún no has respondido ningún cuestionario. Cada módulo termina con una breve autoevaluación.
js-quiz-column-module = Módulo
js-quiz-column-score = Puntuación
js-quiz-column-answers = Respuestas comprobadas
js-quiz-column-last = Último intento
js-score = { $score } de { $total }
js-export-reminder = { $count ->
    [one] Tienes { $count } módulo hecho en este navegador. Los navegadores pueden borrar los datos de un sitio, así que exporta tu progreso de vez en cuando para guardar una copia.
   *[other] Tienes { $count } módulos hechos en este navegador. Los navegadores pueden borrar los datos de un sitio, así que exporta tu progreso de vez en cuando para guardar una copia.
}
js-export-file = progreso
js-exported = Exportado. Guarda el archivo en un lugar seguro; impórtalo aquí o en otro navegador.
js-imported = { $count ->
    [one] Importado. Ahora tienes { $count } módulo hecho.
   *[other] Importado. Ahora tienes { $count } módulos hechos.
}
js-import-not-export = Este archivo no es una exportación de progreso de Syllabus. No se ha cambiado nada.
js-import-newer = Esta exportación procede de una versión más reciente de Syllabus. No se ha cambiado nada.
js-import-other-course = Este archivo contiene el progreso de “{ $course }”, no de este curso. No se ha cambiado nada.
js-import-damaged = Este archivo está dañado: parte de su progreso no se puede leer. No se ha cambiado nada.
js-import-unreadable = No se ha podido leer el archivo. No se ha cambiado nada.
js-reset-confirm = ¿Borrar todo tu progreso, tu objetivo y los resultados de tus cuestionarios de este curso en este navegador? No se puede deshacer, salvo que los hayas exportado.
js-reset-done = Se ha restablecido tu progreso.

## Certificado de finalización

js-record-no-path = Este curso no tiene ese itinerario de aprendizaje.
js-record-not-yet = { $count ->
    [one] Tu certificado de finalización de “{ $title }” aparecerá aquí cuando hayas hecho todos los módulos del itinerario: te falta { $count } módulo.
   *[other] Tu certificado de finalización de “{ $title }” aparecerá aquí cuando hayas hecho todos los módulos del itinerario: te faltan { $count } módulos.
}
js-record-learner = El estudiante
js-record-statement = { $name } completó el itinerario de aprendizaje “{ $title }” de { $course } el { $date }.

# On My learning, when the browser does not promise to keep the site's data.
js-storage-not-kept = Este navegador puede borrar tu progreso si no vuelves en un tiempo. Instala el curso en tu pantalla de inicio, o exporta tu progreso, para conservarlo.
# Where the browser lets a course be installed (Android's prompt; iOS's Share menu).
js-install-course = Instalar este curso
js-install-ios = Para conservar tu progreso, instala el curso: toca Compartir y luego «Añadir a pantalla de inicio».

js-update-available = Hay una nueva versión de este curso.
js-update-reload = Recargar
js-offline-save = Guardar sin conexión ({ $size })
js-offline-saving = Guardando sin conexión: { $percent } %
js-offline-saved = Guardado sin conexión en este dispositivo
js-offline-remove = Quitar de este dispositivo
js-offline-removed = Quitado de este dispositivo
js-offline-failed = No se pudo guardar todo. Comprueba la conexión y vuelve a intentarlo.
js-offline-no-space = No hay espacio suficiente en este dispositivo: hacen falta { $size } y hay { $free } libres.
js-size-kb = { $size } kB
js-size-mb = { $size } MB
