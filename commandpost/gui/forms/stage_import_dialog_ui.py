# GENERATED from ui/stage_import_dialog.ui by `make forms` — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stage_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableView, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_StageImportDialog(object):
    def setupUi(self, StageImportDialog):
        if not StageImportDialog.objectName():
            StageImportDialog.setObjectName(u"StageImportDialog")
        StageImportDialog.resize(760, 520)
        self.dialogLayout = QVBoxLayout(StageImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.stageFileLabel = QLabel(StageImportDialog)
        self.stageFileLabel.setObjectName(u"stageFileLabel")
        self.stageFileLabel.setWordWrap(True)

        self.fileRow.addWidget(self.stageFileLabel)

        self.chooseButton = QPushButton(StageImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)

        self.fileRow.setStretch(0, 1)

        self.dialogLayout.addLayout(self.fileRow)

        self.introLabel = QLabel(StageImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.stageImportSummary = QLabel(StageImportDialog)
        self.stageImportSummary.setObjectName(u"stageImportSummary")
        self.stageImportSummary.setWordWrap(True)

        self.dialogLayout.addWidget(self.stageImportSummary)

        self.stagePreview = QTreeWidget(StageImportDialog)
        self.stagePreview.setObjectName(u"stagePreview")

        self.dialogLayout.addWidget(self.stagePreview)

        self.stageProblems = QTableView(StageImportDialog)
        self.stageProblems.setObjectName(u"stageProblems")

        self.dialogLayout.addWidget(self.stageProblems)

        self.skipBadRows = QCheckBox(StageImportDialog)
        self.skipBadRows.setObjectName(u"skipBadRows")

        self.dialogLayout.addWidget(self.skipBadRows)

        self.replaceStages = QCheckBox(StageImportDialog)
        self.replaceStages.setObjectName(u"replaceStages")

        self.dialogLayout.addWidget(self.replaceStages)

        self.stageRiskNote = QLabel(StageImportDialog)
        self.stageRiskNote.setObjectName(u"stageRiskNote")
        self.stageRiskNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.stageRiskNote)

        self.buttonBox = QDialogButtonBox(StageImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(3, 3)
        self.dialogLayout.setStretch(4, 2)
        QWidget.setTabOrder(self.chooseButton, self.stagePreview)
        QWidget.setTabOrder(self.stagePreview, self.stageProblems)
        QWidget.setTabOrder(self.stageProblems, self.skipBadRows)
        QWidget.setTabOrder(self.skipBadRows, self.replaceStages)

        self.retranslateUi(StageImportDialog)
        self.buttonBox.accepted.connect(StageImportDialog.accept)
        self.buttonBox.rejected.connect(StageImportDialog.reject)
    # setupUi

    def retranslateUi(self, StageImportDialog):
        StageImportDialog.setWindowTitle(QCoreApplication.translate("StageImportDialog", u"Import a stage schedule", None))
        self.stageFileLabel.setText(QCoreApplication.translate("StageImportDialog", u"No file chosen.", None))
        self.chooseButton.setText(QCoreApplication.translate("StageImportDialog", u"&Choose file\u2026", None))
        self.introLabel.setText(QCoreApplication.translate("StageImportDialog", u"A schedule needs a column for the stage's name and, for dated stages, its first and last day (27 November 2024, 27 Nop 2024, 27/11/2024). An id and a parent id column make sub-stages.", None))
        ___qtreewidgetitem = self.stagePreview.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("StageImportDialog", u"Row", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("StageImportDialog", u"To", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("StageImportDialog", u"From", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("StageImportDialog", u"Stage", None))
        self.skipBadRows.setText(QCoreApplication.translate("StageImportDialog", u"&Leave the refused rows out and import the rest", None))
    # retranslateUi

