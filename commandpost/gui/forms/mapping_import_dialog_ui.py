# GENERATED from ui/mapping_import_dialog.ui by `make forms` — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mapping_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateTimeEdit, QDialog,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QRadioButton, QScrollArea, QSizePolicy, QSpacerItem,
    QStackedWidget, QTabWidget, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

from commandpost.gui.widgets.source_combo import SourceCombo

class Ui_MappingImportDialog(object):
    def setupUi(self, MappingImportDialog):
        if not MappingImportDialog.objectName():
            MappingImportDialog.setObjectName(u"MappingImportDialog")
        MappingImportDialog.resize(900, 640)
        MappingImportDialog.setMinimumSize(QSize(640, 480))
        self.dialogLayout = QVBoxLayout(MappingImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.pages = QStackedWidget(MappingImportDialog)
        self.pages.setObjectName(u"pages")
        self.startPage = QWidget()
        self.startPage.setObjectName(u"startPage")
        self.startLayout = QVBoxLayout(self.startPage)
        self.startLayout.setObjectName(u"startLayout")
        self.startLayout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(self.startPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)
        self.introLabel.setWordWrap(True)

        self.startLayout.addWidget(self.introLabel)

        self.columnsLabel = QLabel(self.startPage)
        self.columnsLabel.setObjectName(u"columnsLabel")

        self.startLayout.addWidget(self.columnsLabel)

        self.columnsBrowser = QTextBrowser(self.startPage)
        self.columnsBrowser.setObjectName(u"columnsBrowser")
        self.columnsBrowser.setOpenLinks(False)

        self.startLayout.addWidget(self.columnsBrowser)

        self.chooseLayout = QHBoxLayout()
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseButton = QPushButton(self.startPage)
        self.chooseButton.setObjectName(u"chooseButton")
        self.chooseButton.setAutoDefault(False)

        self.chooseLayout.addWidget(self.chooseButton)

        self.chooseSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseLayout.addItem(self.chooseSpacer)


        self.startLayout.addLayout(self.chooseLayout)

        self.pages.addWidget(self.startPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryLabel = QLabel(self.previewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        font = QFont()
        font.setBold(True)
        self.summaryLabel.setFont(font)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.summaryLabel)

        self.previewTabs = QTabWidget(self.previewPage)
        self.previewTabs.setObjectName(u"previewTabs")
        self.changesTab = QWidget()
        self.changesTab.setObjectName(u"changesTab")
        self.changesTabLayout = QVBoxLayout(self.changesTab)
        self.changesTabLayout.setObjectName(u"changesTabLayout")
        self.changesView = QTableView(self.changesTab)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesView.setAlternatingRowColors(True)
        self.changesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesView.setWordWrap(False)
        self.changesView.horizontalHeader().setStretchLastSection(True)
        self.changesView.verticalHeader().setVisible(False)

        self.changesTabLayout.addWidget(self.changesView)

        self.limitNote = QLabel(self.changesTab)
        self.limitNote.setObjectName(u"limitNote")
        self.limitNote.setWordWrap(True)

        self.changesTabLayout.addWidget(self.limitNote)

        self.previewTabs.addTab(self.changesTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesTabLayout = QVBoxLayout(self.notesTab)
        self.notesTabLayout.setObjectName(u"notesTabLayout")
        self.notesView = QTableView(self.notesTab)
        self.notesView.setObjectName(u"notesView")
        self.notesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notesView.setAlternatingRowColors(True)
        self.notesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notesView.horizontalHeader().setStretchLastSection(True)
        self.notesView.verticalHeader().setVisible(False)

        self.notesTabLayout.addWidget(self.notesView)

        self.previewTabs.addTab(self.notesTab, "")

        self.previewLayout.addWidget(self.previewTabs)

        self.detailsLayout = QFormLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.sourceLabel = QLabel(self.previewPage)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = SourceCombo(self.previewPage)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.observedLabel = QLabel(self.previewPage)
        self.observedLabel.setObjectName(u"observedLabel")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.observedLabel)

        self.observedEdit = QDateTimeEdit(self.previewPage)
        self.observedEdit.setObjectName(u"observedEdit")
        self.observedEdit.setDisplayFormat(u"d MMM yyyy HH.mm")
        self.observedEdit.setCalendarPopup(True)

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.observedEdit)

        self.reasonLabel = QLabel(self.previewPage)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.previewPage)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.previewLayout.addLayout(self.detailsLayout)

        self.hintLabel = QLabel(self.previewPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.hintLabel)

        self.pages.addWidget(self.previewPage)
        self.questionPage = QWidget()
        self.questionPage.setObjectName(u"questionPage")
        self.questionLayout = QVBoxLayout(self.questionPage)
        self.questionLayout.setObjectName(u"questionLayout")
        self.questionLayout.setContentsMargins(0, 0, 0, 0)
        self.questionHeadline = QLabel(self.questionPage)
        self.questionHeadline.setObjectName(u"questionHeadline")
        self.questionHeadline.setFont(font)
        self.questionHeadline.setWordWrap(True)

        self.questionLayout.addWidget(self.questionHeadline)

        self.columnsGroup = QGroupBox(self.questionPage)
        self.columnsGroup.setObjectName(u"columnsGroup")
        self.columnsGroupLayout = QVBoxLayout(self.columnsGroup)
        self.columnsGroupLayout.setObjectName(u"columnsGroupLayout")
        self.columnsNote = QLabel(self.columnsGroup)
        self.columnsNote.setObjectName(u"columnsNote")
        self.columnsNote.setWordWrap(True)

        self.columnsGroupLayout.addWidget(self.columnsNote)

        self.columnsArea = QScrollArea(self.columnsGroup)
        self.columnsArea.setObjectName(u"columnsArea")
        self.columnsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.columnsArea.setWidgetResizable(True)
        self.columnsBox = QWidget()
        self.columnsBox.setObjectName(u"columnsBox")
        self.columnsForm = QFormLayout(self.columnsBox)
        self.columnsForm.setObjectName(u"columnsForm")
        self.columnsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.columnsForm.setContentsMargins(0, 0, 0, 0)
        self.columnsArea.setWidget(self.columnsBox)

        self.columnsGroupLayout.addWidget(self.columnsArea)


        self.questionLayout.addWidget(self.columnsGroup)

        self.tGroup = QGroupBox(self.questionPage)
        self.tGroup.setObjectName(u"tGroup")
        self.tGroupLayout = QVBoxLayout(self.tGroup)
        self.tGroupLayout.setObjectName(u"tGroupLayout")
        self.tNote = QLabel(self.tGroup)
        self.tNote.setObjectName(u"tNote")
        self.tNote.setWordWrap(True)

        self.tGroupLayout.addWidget(self.tNote)

        self.tNoRadio = QRadioButton(self.tGroup)
        self.tNoRadio.setObjectName(u"tNoRadio")

        self.tGroupLayout.addWidget(self.tNoRadio)

        self.tYesRadio = QRadioButton(self.tGroup)
        self.tYesRadio.setObjectName(u"tYesRadio")

        self.tGroupLayout.addWidget(self.tYesRadio)


        self.questionLayout.addWidget(self.tGroup)

        self.questionSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.questionLayout.addItem(self.questionSpacer)

        self.questionHint = QLabel(self.questionPage)
        self.questionHint.setObjectName(u"questionHint")
        self.questionHint.setWordWrap(True)

        self.questionLayout.addWidget(self.questionHint)

        self.questionLayout.setStretch(3, 1)
        self.pages.addWidget(self.questionPage)
        self.problemsPage = QWidget()
        self.problemsPage.setObjectName(u"problemsPage")
        self.problemsLayout = QVBoxLayout(self.problemsPage)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(0, 0, 0, 0)
        self.problemsHeadline = QLabel(self.problemsPage)
        self.problemsHeadline.setObjectName(u"problemsHeadline")
        self.problemsHeadline.setFont(font)
        self.problemsHeadline.setStyleSheet(u"color: #b71c1c;")
        self.problemsHeadline.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsHeadline)

        self.problemsNote = QLabel(self.problemsPage)
        self.problemsNote.setObjectName(u"problemsNote")
        self.problemsNote.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsNote)

        self.problemsView = QTableView(self.problemsPage)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.horizontalHeader().setStretchLastSection(True)
        self.problemsView.verticalHeader().setVisible(False)

        self.problemsLayout.addWidget(self.problemsView)

        self.pages.addWidget(self.problemsPage)

        self.dialogLayout.addWidget(self.pages)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.chooseAnotherButton = QPushButton(MappingImportDialog)
        self.chooseAnotherButton.setObjectName(u"chooseAnotherButton")
        self.chooseAnotherButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.chooseAnotherButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.continueButton = QPushButton(MappingImportDialog)
        self.continueButton.setObjectName(u"continueButton")
        self.continueButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.continueButton)

        self.applyButton = QPushButton(MappingImportDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.buttonLayout.addWidget(self.applyButton)

        self.cancelButton = QPushButton(MappingImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.observedLabel.setBuddy(self.observedEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseButton, self.previewTabs)
        QWidget.setTabOrder(self.previewTabs, self.changesView)
        QWidget.setTabOrder(self.changesView, self.notesView)
        QWidget.setTabOrder(self.notesView, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.observedEdit)
        QWidget.setTabOrder(self.observedEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.columnsArea)
        QWidget.setTabOrder(self.columnsArea, self.tNoRadio)
        QWidget.setTabOrder(self.tNoRadio, self.tYesRadio)
        QWidget.setTabOrder(self.tYesRadio, self.problemsView)
        QWidget.setTabOrder(self.problemsView, self.chooseAnotherButton)
        QWidget.setTabOrder(self.chooseAnotherButton, self.continueButton)
        QWidget.setTabOrder(self.continueButton, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.cancelButton)

        self.retranslateUi(MappingImportDialog)
        self.cancelButton.clicked.connect(MappingImportDialog.reject)

        self.pages.setCurrentIndex(0)
        self.previewTabs.setCurrentIndex(0)
        self.applyButton.setDefault(True)

    # setupUi

    def retranslateUi(self, MappingImportDialog):
        MappingImportDialog.setWindowTitle(QCoreApplication.translate("MappingImportDialog", u"Import vulnerability mapping", None))
        self.introLabel.setText(QCoreApplication.translate("MappingImportDialog", u"<p>Choose a CSV or Excel (XLSX) file with one row per TPS, such as Bawaslu's TPS vulnerability mapping. The first row names the columns:</p><ul><li><b>kode_desa</b> and <b>no_tps</b>: the village code (e.g. 36.02.01.2002) and the TPS number;</li><li><b>kelas</b> (optional): kurang rawan, rawan, sangat rawan or khusus;</li><li>a <b>threat category</b> key (e.g. banjir): its level, none, rendah, sedang or tinggi (or 0\u20133);</li><li>an <b>indicator</b> key (e.g. rawan_bencana): ya or tidak; a yes sets its category to sedang.</li></ul><p>A blank cell changes nothing. You see every change before anything is saved, and a file with any wrong row is not imported at all.</p>", None))
        self.columnsLabel.setText(QCoreApplication.translate("MappingImportDialog", u"Threat columns the file may have:", None))
        self.chooseButton.setText(QCoreApplication.translate("MappingImportDialog", u"&Choose file\u2026", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.changesTab), QCoreApplication.translate("MappingImportDialog", u"&Changes", None))
        self.previewTabs.setTabText(self.previewTabs.indexOf(self.notesTab), QCoreApplication.translate("MappingImportDialog", u"N&otes", None))
        self.sourceLabel.setText(QCoreApplication.translate("MappingImportDialog", u"&Source:", None))
#if QT_CONFIG(tooltip)
        self.sourceCombo.setToolTip(QCoreApplication.translate("MappingImportDialog", u"Where the mapping comes from; type a new name to add it to the list", None))
#endif // QT_CONFIG(tooltip)
        self.observedLabel.setText(QCoreApplication.translate("MappingImportDialog", u"&Observed at:", None))
#if QT_CONFIG(tooltip)
        self.observedEdit.setToolTip(QCoreApplication.translate("MappingImportDialog", u"When the mapping was made (local time); it cannot be in the future", None))
#endif // QT_CONFIG(tooltip)
        self.reasonLabel.setText(QCoreApplication.translate("MappingImportDialog", u"&Reason:", None))
#if QT_CONFIG(tooltip)
        self.reasonEdit.setToolTip(QCoreApplication.translate("MappingImportDialog", u"Recorded with every change of this import", None))
#endif // QT_CONFIG(tooltip)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("MappingImportDialog", u"e.g. Bawaslu TPS mapping of 12 November, received from Panwascam", None))
        self.columnsGroup.setTitle(QCoreApplication.translate("MappingImportDialog", u"Columns the program does not know", None))
        self.columnsNote.setText(QCoreApplication.translate("MappingImportDialog", u"Say what each column holds: choose the indicator it marks (its cells then say ya or tidak), or leave the column out. Nothing is chosen for you.", None))
        self.tGroup.setTitle(QCoreApplication.translate("MappingImportDialog", u"What does \u201cT\u201d mean in this file?", None))
        self.tNoRadio.setText(QCoreApplication.translate("MappingImportDialog", u"T = &tidak (no), as on Indonesian forms", None))
        self.tYesRadio.setText(QCoreApplication.translate("MappingImportDialog", u"T = &ya (true), as in English exports", None))
        self.problemsNote.setText(QCoreApplication.translate("MappingImportDialog", u"The database has not been changed. Correct these rows in the file, save it, and choose it again.", None))
        self.chooseAnotherButton.setText(QCoreApplication.translate("MappingImportDialog", u"Choose a&nother file\u2026", None))
        self.continueButton.setText(QCoreApplication.translate("MappingImportDialog", u"Con&tinue", None))
        self.applyButton.setText(QCoreApplication.translate("MappingImportDialog", u"&Apply", None))
        self.cancelButton.setText(QCoreApplication.translate("MappingImportDialog", u"Cancel", None))
    # retranslateUi

