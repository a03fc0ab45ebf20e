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
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

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

        self.changesView = QTableView(self.previewPage)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesView.setAlternatingRowColors(True)
        self.changesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesView.setWordWrap(False)
        self.changesView.horizontalHeader().setStretchLastSection(True)
        self.changesView.verticalHeader().setVisible(False)

        self.previewLayout.addWidget(self.changesView)

        self.limitNote = QLabel(self.previewPage)
        self.limitNote.setObjectName(u"limitNote")
        self.limitNote.setWordWrap(True)

        self.previewLayout.addWidget(self.limitNote)

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
        self.observedEdit.setDisplayFormat(u"d MMM yyyy HH:mm")
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
        QWidget.setTabOrder(self.chooseButton, self.changesView)
        QWidget.setTabOrder(self.changesView, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.observedEdit)
        QWidget.setTabOrder(self.observedEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.problemsView)
        QWidget.setTabOrder(self.problemsView, self.chooseAnotherButton)
        QWidget.setTabOrder(self.chooseAnotherButton, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.cancelButton)

        self.retranslateUi(MappingImportDialog)
        self.cancelButton.clicked.connect(MappingImportDialog.reject)

        self.pages.setCurrentIndex(0)
        self.applyButton.setDefault(True)

    # setupUi

    def retranslateUi(self, MappingImportDialog):
        MappingImportDialog.setWindowTitle(QCoreApplication.translate("MappingImportDialog", u"Import vulnerability mapping", None))
        self.introLabel.setText(QCoreApplication.translate("MappingImportDialog", u"<p>Choose a CSV or Excel (XLSX) file with one row per TPS, such as Bawaslu's TPS vulnerability mapping. The first row names the columns:</p><ul><li><b>kode_desa</b> and <b>no_tps</b>: the village code (e.g. 36.02.01.2002) and the TPS number;</li><li><b>kelas</b> (optional): kurang rawan, rawan, sangat rawan or khusus;</li><li>a <b>threat category</b> key (e.g. banjir): its level, none, rendah, sedang or tinggi (or 0\u20133);</li><li>an <b>indicator</b> key (e.g. rawan_bencana): ya or tidak; a yes sets its category to sedang.</li></ul><p>A blank cell changes nothing. You see every change before anything is saved, and a file with any wrong row is not imported at all.</p>", None))
        self.columnsLabel.setText(QCoreApplication.translate("MappingImportDialog", u"Threat columns the file may have:", None))
        self.chooseButton.setText(QCoreApplication.translate("MappingImportDialog", u"&Choose file\u2026", None))
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
        self.problemsNote.setText(QCoreApplication.translate("MappingImportDialog", u"The database has not been changed. Correct these rows in the file, save it, and choose it again.", None))
        self.chooseAnotherButton.setText(QCoreApplication.translate("MappingImportDialog", u"Choose a&nother file\u2026", None))
        self.applyButton.setText(QCoreApplication.translate("MappingImportDialog", u"&Apply", None))
        self.cancelButton.setText(QCoreApplication.translate("MappingImportDialog", u"Cancel", None))
    # retranslateUi

