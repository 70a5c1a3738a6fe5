# Las palabras de las páginas del tema (plantillas), en el mismo orden que en/theme.ftl.
# Un mensaje que cuenta recibe `$count` y elige su forma de plural según él.
# Los mensajes nunca contienen HTML: cuando una frase rodea un enlace o un énfasis, se divide en
# partes (`-before`, `-link`, `-after`) que la plantilla coloca alrededor del marcado.

## Encabezado y navegación
skip-to-content = Saltar al contenido
course-contents = Contenido del curso
search-label = Buscar
search-the-course = Buscar en el curso
search-keys = Los resultados aparecen mientras escribes. Pulsa la flecha abajo para ir a ellos.
search-level = Nivel
search-all-levels = Todos los niveles
search-results = Resultados de la búsqueda
dark-theme = Tema oscuro
nav-course = Curso
nav-all-units = { $count ->
    [one] La unidad ({ $count })
   *[other] Las { $count } unidades
}
my-learning = Mi aprendizaje
learning-paths = Itinerarios de aprendizaje
course-map = Mapa del curso
all-tags = Todas las etiquetas
glossary = Glosario
made-with = Hecho con Syllabus
instructor-banner-title = Vista de instructor.
instructor-banner-text = Este sitio muestra las notas para instructores y todas las soluciones: compártelo con instructores, nunca con estudiantes.

## Cantidades y duraciones
module-count = { $count ->
    [one] { $count } módulo
   *[other] { $count } módulos
}
minutes-short = { $count } min
about-minutes = { $count ->
    [one] alrededor de { $count } minuto
   *[other] unos { $count } minutos
}
about-minutes-in-all = { $count ->
    [one] alrededor de { $count } minuto en total
   *[other] unos { $count } minutos en total
}
about-minutes-short = unos { $count } min
by-author = por { $name }
difficulty-label = Dificultad:

## Página de inicio y unidades
see-course-map = Ver el mapa del curso
your-learning = Tu aprendizaje
start-here = Empieza aquí
modules-in-unit = Módulos de esta unidad

## Página del módulo
path-step = Paso { $step } de { $count } en
path-pager-label = { $title }: paso { $step } de { $count }
before-you-start = Antes de empezar
questions = Preguntas
what-you-will-learn = Qué aprenderás
on-this-page = En esta página
key-points = Puntos clave
what-this-opens-up = Qué puedes aprender después
your-progress = Tu progreso
module-updated = Este módulo se ha actualizado desde que lo terminaste: echa un vistazo a lo que ha cambiado.
module-quiz-done = Has respondido correctamente a todas las preguntas. ¿Marcar este módulo como hecho?
mark-as-done = Marcar como hecho
make-module-goal = Convertirlo en mi objetivo
tags-label = Etiquetas:
previous-in-path = Anterior en este itinerario
next-in-path = Siguiente en este itinerario
previous-and-next = Módulo anterior y siguiente
previous = Anterior
next = Siguiente

## Itinerarios de aprendizaje
paths-lead-before = Cada itinerario te lleva por los módulos que necesitas para un objetivo, del más fácil al más difícil. También puedes ver el curso completo en el
paths-lead-link = mapa del curso
paths-lead-after = .
all-paths = Todos los itinerarios
leads-to = Lleva a:
start-with-before = Empezar por “
start-with-after = ”
make-path-goal = Convertir este itinerario en mi objetivo
path-modules-in-order = Módulos de este itinerario, en orden

## Mapa del curso
map-lead = Todos los módulos del curso. Los más fáciles están arriba; una flecha va de un módulo a los módulos que se basan en él. Selecciona un módulo para abrirlo.
map-states-intro = Cada recuadro muestra también tu propio progreso, guardado en este navegador:
map-state-done = Hecho
map-state-ready = Listo para empezar
map-state-ready-note = (todo lo que necesita está hecho) o
map-state-locked = Aún no disponible
map-states-end = Los recuadros discontinuos aún no están disponibles.
map-units = Unidades
map-hint = El mapa es más ancho que tu pantalla: desliza hacia los lados para verlo entero o léelo como lista más abajo.
map-region = Mapa del curso (se desplaza hacia los lados en pantallas pequeñas)
map-too-big = { $count ->
    [one] Este curso tiene más de { $count } módulo, demasiados para un dibujo que siga siendo legible, así que su mapa se muestra como lista.
   *[other] Este curso tiene más de { $count } módulos, demasiados para un dibujo que siga siendo legible, así que su mapa se muestra como lista.
}
map-as-list = El mapa como lista
map-needs = Requiere:
map-no-prerequisites = Sin requisitos previos

## Etiquetas y glosario
tag-page-title = Etiqueta: { $name }
modules-tagged = Módulos con la etiqueta “{ $name }”
modules-with-tag = Módulos con esta etiqueta
no-tags = Ningún módulo tiene etiquetas todavía.
glossary-empty = El glosario aún no tiene términos.

## Mi aprendizaje
learning-lead = Tu progreso en { $title }, tu objetivo y qué aprender a continuación.
privacy-title = Privado por diseño.
privacy-text = Tu progreso, tu objetivo y los resultados de tus cuestionarios se guardan solo en este navegador, en este dispositivo. No se envía nada a ningún sitio y nadie más puede verlos. Si borras los datos de este sitio en el navegador, se eliminan: expórtalos abajo para guardar una copia o para continuar en otro dispositivo.
learning-no-js-before = Esta página necesita JavaScript, que está desactivado. El curso en sí se lee bien sin él: empieza desde la
learning-no-js-link = página de inicio del curso
learning-no-js-after = .
learning-overall = En total
your-goal = Tu objetivo
goal-choice = Elige un módulo o un itinerario de aprendizaje como objetivo
set-goal = Establecer como mi objetivo
clear-goal = Quitar mi objetivo
quiz-scores = Puntuaciones de los cuestionarios
your-data = Tus datos
your-data-text = Exporta tu progreso a un archivo para guardar una copia e impórtalo en otro navegador para continuar allí. La importación combina los datos: en cada módulo prevalece el cambio más reciente.
export-progress = Exportar progreso
import-progress = Importar progreso
reset-progress = Restablecer mi progreso

## Certificado de finalización
record-no-js = El certificado de finalización se genera en tu navegador a partir de tu progreso y necesita JavaScript, que está desactivado.
record-name = Tu nombre, tal como debe aparecer
record-print = Imprimir o guardar como PDF
completion-record = Certificado de finalización
record-modules = Módulos del itinerario
record-module = Módulo
record-minutes = Minutos
record-total = Total
record-notice-title = Autodeclarado.
record-notice-text = El estudiante generó este certificado en su propio navegador a partir de los módulos que marcó como hechos. Los autores del curso no lo han verificado.

## Página no encontrada
page-not-found = Página no encontrada
not-found-lead = Esta página no existe o se ha movido.
not-found-link = Ir al inicio de { $title }
not-found-after = para encontrar lo que buscabas.

## Descripciones de las páginas (resultados de búsqueda y vistas previas de enlaces)
description-learner-page = { $page }: tu progreso en { $title }
description-paths = Itinerarios de aprendizaje de { $title }
description-map = Todos los módulos de { $title } y lo que requiere cada uno
description-tag = Módulos de { $title } sobre { $name }
description-tags = Temas de { $title }
description-glossary = Los términos de { $title }
description-not-found = Esta página no existe o se ha movido.

## Niveles de dificultad cuando el curso no nombra los suyos
level-beginner = principiante
level-intermediate = intermedio
level-advanced = avanzado

## La ruta cuando el curso no nombra las suyas
path-whole-course = Todo el curso
path-whole-course-description = Todos los módulos del curso, desde los primeros pasos hasta los más difíciles.

## Translated courses
language-menu = Idioma
untranslated-note = Este módulo aún no está traducido: se muestra en su idioma original ({ $original }).

## The errors that `syllabus serve` shows over the pages
serve-errors-title = El curso tiene errores
serve-errors-summary = Esta página es de la última compilación que funcionó. Corrige los archivos y guarda: la página se recarga sola.
serve-errors-hide = Ocultar los errores
serve-errors-list = Errores
serve-errors-none-yet = Ninguna compilación de este curso ha funcionado aún, así que no hay página que mostrar. Corrige los archivos y guarda: esta página se recarga sola.

## Offline reading (the page shown offline, and My learning)
offline-title = Sin conexión
offline-lead = Estás sin conexión y esta página no está guardada en este dispositivo. Se abrirá de nuevo cuando vuelvas a estar en línea.
offline-saved = Guardado en este dispositivo
offline-nothing-before = Todavía no hay nada guardado aquí. Cuando estés en línea, guarda una ruta de aprendizaje o todo el curso desde
offline-nothing-after = .
offline-reading = Leer sin conexión
offline-reading-text = Guarda una ruta de aprendizaje o todo el curso en este dispositivo para leerlo sin conexión, en el tren o en el avión. Los cuestionarios, la búsqueda y tu progreso también funcionan sin conexión.

## Asking about a module (`discussion:` of course.yaml)
ask-heading = ¿Preguntas sobre este módulo?
ask-text = Pregunta al docente y a los demás estudiantes. El enlace sale de este sitio, hacia el foro del curso o tu correo.
ask-question = Hacer una pregunta sobre este módulo
ask-see = Ver las preguntas hechas sobre él
