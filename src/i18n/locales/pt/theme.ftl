# As palavras das páginas do tema (modelos), na mesma ordem que en/theme.ftl.
# Português do Brasil, tratando o aluno por “você”. Uma mensagem que conta recebe `$count` e
# escolhe a forma de plural por ele (0 e 1 ficam no singular).
# As mensagens nunca contêm HTML: quando uma frase envolve um link ou uma ênfase, ela é dividida
# em partes (`-before`, `-link`, `-after`) que o modelo coloca em volta da marcação.

## Cabeçalho e navegação
skip-to-content = Pular para o conteúdo
course-contents = Conteúdo do curso
search-label = Pesquisar
search-the-course = Pesquisar no curso
search-keys = Os resultados aparecem enquanto você digita. Pressione a seta para baixo para ir até eles.
search-level = Nível
search-all-levels = Todos os níveis
search-results = Resultados da pesquisa
dark-theme = Tema escuro
nav-course = Curso
nav-all-units = { $count ->
    [one] A unidade ({ $count })
   *[other] Todas as { $count } unidades
}
my-learning = Meu aprendizado
learning-paths = Trilhas de aprendizagem
course-map = Mapa do curso
all-tags = Todas as tags
glossary = Glossário
made-with = Feito com Syllabus
instructor-banner-title = Visão do instrutor.
instructor-banner-text = Este site mostra as notas para instrutores e todas as soluções: compartilhe-o com instrutores, nunca com alunos.

## Contagens e durações
module-count = { $count ->
    [one] { $count } módulo
   *[other] { $count } módulos
}
minutes-short = { $count } min
about-minutes = { $count ->
    [one] cerca de { $count } minuto
   *[other] cerca de { $count } minutos
}
about-minutes-in-all = { $count ->
    [one] cerca de { $count } minuto no total
   *[other] cerca de { $count } minutos no total
}
about-minutes-short = cerca de { $count } min
by-author = por { $name }
difficulty-label = Dificuldade:

## Página inicial e unidades
see-course-map = Ver o mapa do curso
your-learning = Seu aprendizado
start-here = Comece aqui
modules-in-unit = Módulos desta unidade

## Página do módulo
path-step = Etapa { $step } de { $count } em
path-pager-label = { $title }: etapa { $step } de { $count }
before-you-start = Antes de começar
questions = Perguntas
what-you-will-learn = O que você vai aprender
on-this-page = Nesta página
key-points = Pontos-chave
what-this-opens-up = O que você pode estudar depois
your-progress = Seu progresso
module-updated = Este módulo foi atualizado depois que você o concluiu: dê uma olhada no que mudou.
module-quiz-done = Você acertou todas as perguntas. Marcar este módulo como concluído?
mark-as-done = Marcar como concluído
make-module-goal = Definir como minha meta
tags-label = Tags:
previous-in-path = Anterior nesta trilha
next-in-path = Próximo nesta trilha
previous-and-next = Módulo anterior e próximo
previous = Anterior
next = Próximo

## Trilhas de aprendizagem
paths-lead-before = Cada trilha leva você pelos módulos necessários para uma meta, do mais fácil ao mais difícil. Você também pode ver o curso inteiro no
paths-lead-link = mapa do curso
paths-lead-after = .
all-paths = Todas as trilhas
leads-to = Leva a:
start-with-before = Começar por “
start-with-after = ”
make-path-goal = Definir esta trilha como minha meta
path-modules-in-order = Módulos desta trilha, em ordem

## Mapa do curso
map-lead = Todos os módulos do curso. Os mais fáceis ficam no alto; uma seta vai de um módulo aos módulos que se baseiam nele. Selecione um módulo para abri-lo.
map-states-intro = Cada caixa também mostra o seu próprio progresso, salvo neste navegador:
map-state-done = Concluído
map-state-ready = Pronto para começar
map-state-ready-note = (tudo de que ele precisa está concluído) ou
map-state-locked = Ainda não disponível
map-states-end = As caixas tracejadas ainda não estão disponíveis.
map-units = Unidades
map-hint = O mapa é mais largo que a sua tela: deslize para os lados para vê-lo inteiro ou leia-o como lista abaixo.
map-region = Mapa do curso (rola para os lados em telas pequenas)
map-too-big = { $count ->
    [one] Este curso tem mais de { $count } módulo, demais para um desenho que continue legível, por isso o mapa é apresentado como lista.
   *[other] Este curso tem mais de { $count } módulos, demais para um desenho que continue legível, por isso o mapa é apresentado como lista.
}
map-as-list = O mapa como lista
map-needs = Requer:
map-no-prerequisites = Sem pré-requisitos

## Tags e glossário
tag-page-title = Tag: { $name }
modules-tagged = Módulos com a tag “{ $name }”
modules-with-tag = Módulos com esta tag
no-tags = Nenhum módulo tem tags ainda.
glossary-empty = O glossário ainda não tem termos.

## Meu aprendizado
learning-lead = Seu progresso em { $title }, sua meta e o que aprender em seguida.
privacy-title = Privado por padrão.
privacy-text = Seu progresso, sua meta e os resultados dos seus questionários ficam salvos só neste navegador, neste dispositivo. Nada é enviado a lugar nenhum e ninguém mais pode vê-los. Limpar os dados deste site no navegador os apaga: exporte-os abaixo para guardar uma cópia ou para continuar em outro dispositivo.
learning-no-js-before = Esta página precisa de JavaScript, que está desativado. O curso em si pode ser lido normalmente sem ele: comece pela
learning-no-js-link = página inicial do curso
learning-no-js-after = .
learning-overall = Geral
your-goal = Sua meta
goal-choice = Escolha um módulo ou uma trilha de aprendizagem como meta
set-goal = Definir como minha meta
clear-goal = Remover minha meta
quiz-scores = Notas dos questionários
your-data = Seus dados
your-data-text = Exporte seu progresso para um arquivo para guardar uma cópia e importe-o em outro navegador para continuar lá. A importação mescla os dados: em cada módulo, vale a alteração mais recente.
export-progress = Exportar progresso
import-progress = Importar progresso
reset-progress = Redefinir meu progresso

## Certificado de conclusão
record-no-js = O certificado de conclusão é gerado no seu navegador a partir do seu progresso e precisa de JavaScript, que está desativado.
record-name = Seu nome, como deve aparecer
record-print = Imprimir ou salvar como PDF
completion-record = Certificado de conclusão
record-modules = Módulos da trilha
record-module = Módulo
record-minutes = Minutos
record-total = Total
record-notice-title = Autodeclarado.
record-notice-text = O aluno gerou este certificado no próprio navegador, a partir dos módulos que marcou como concluídos. Ele não foi verificado pelos autores do curso.

## Página não encontrada
page-not-found = Página não encontrada
not-found-lead = Esta página não existe ou foi movida.
not-found-link = Ir para o início de { $title }
not-found-after = para encontrar o que você procurava.

## Descrições das páginas (resultados de pesquisa e prévias de links)
description-learner-page = { $page }: seu progresso em { $title }
description-paths = Trilhas de aprendizagem de { $title }
description-map = Todos os módulos de { $title } e o que cada um exige antes
description-tag = Módulos de { $title } sobre { $name }
description-tags = Temas de { $title }
description-glossary = Os termos de { $title }
description-not-found = Esta página não existe ou foi movida.

## Níveis de dificuldade quando o curso não nomeia os seus
level-beginner = iniciante
level-intermediate = intermediário
level-advanced = avançado

## A trilha quando o curso não nomeia as suas
path-whole-course = O curso inteiro
path-whole-course-description = Todos os módulos do curso, dos primeiros passos aos mais difíceis.

## Translated courses
language-menu = Idioma
untranslated-note = Este módulo ainda não foi traduzido: é mostrado no seu idioma original ({ $original }).

## The errors that `syllabus serve` shows over the pages
serve-errors-title = O curso tem erros
serve-errors-summary = Esta página é da última compilação que funcionou. Corrija os ficheiros e guarde: a página recarrega sozinha.
serve-errors-hide = Ocultar os erros
serve-errors-list = Erros
serve-errors-none-yet = Nenhuma compilação deste curso funcionou ainda, por isso não há página para mostrar. Corrija os ficheiros e guarde: esta página recarrega sozinha.

## Offline reading (the page shown offline, and My learning)
offline-title = Sem conexão
offline-lead = Você está sem conexão e esta página não está salva neste dispositivo. Ela abrirá de novo quando você estiver on-line.
offline-saved = Salvo neste dispositivo
offline-nothing-before = Ainda não há nada salvo aqui. Quando estiver on-line, salve uma trilha de aprendizagem ou o curso inteiro em
offline-nothing-after = .
offline-reading = Ler sem conexão
offline-reading-text = Salve uma trilha de aprendizagem ou o curso inteiro neste dispositivo para ler sem conexão, no trem ou no avião. Os questionários, a busca e o seu progresso também funcionam sem conexão.

## Asking about a module (`discussion:` of course.yaml)
ask-heading = Dúvidas sobre este módulo?
ask-text = Pergunte ao professor e aos outros alunos. O link sai deste site, para o fórum do curso ou o seu e-mail.
ask-question = Fazer uma pergunta sobre este módulo
ask-see = Ver as perguntas feitas sobre ele
